function countVotes(votes) {
  const counts = {};
  for (const name of votes) {
    counts[name] = (counts[name] || 0) + 1;
  }
  return counts;
}

function winner(votes) {
  if (votes.length === 0) {
    throw new Error("There are no votes yet.");
  }
  const counts = countVotes(votes);
  let best = votes[0];
  for (const name of votes) {
    if (counts[name] > counts[best]) {
      best = name;
    }
  }
  return best;
}

function results(votes) {
  const counts = countVotes(votes);
  return Object.keys(counts).map((name) => `${name}: ${counts[name]}`);
}

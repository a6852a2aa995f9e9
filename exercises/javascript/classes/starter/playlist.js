// A music playlist, written as a class.

class Playlist {
  constructor(name) {
    // TODO: keep the name, and start with an empty array of songs.
  }

  add(title, seconds) {
    // TODO: add a song object { title, seconds } to the end of the songs.
  }

  count() {
    // TODO: return how many songs there are.
  }

  totalSeconds() {
    // TODO: return the length of all the songs together, in seconds.
  }

  duration() {
    // TODO: return the total length as minutes:seconds, like "4:05".
  }
}

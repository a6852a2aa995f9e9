// A music playlist, written as a class.

class Playlist {
  constructor(name) {
    this.name = name;
    this.songs = [];
  }

  add(title, seconds) {
    this.songs.push({ title: title, seconds: seconds });
  }

  count() {
    return this.songs.length;
  }

  totalSeconds() {
    return this.songs.reduce((total, song) => total + song.seconds, 0);
  }

  duration() {
    const total = this.totalSeconds();
    const minutes = Math.floor(total / 60);
    const seconds = total % 60;
    return `${minutes}:${String(seconds).padStart(2, "0")}`;
  }
}

"""RunnerSession: what one caller keeps between its checks, owned and closed by that caller.

Three things make a repeated check cheaper, and each lives here, not in a
module global, so that whoever checks (a CLI command, the warm helper,
`tutor watch`, one of verify's workers) owns them, passes them down and ends
them when it is done:

- the rewritten test modules (rewrite_cache.RewriteCache): used by every fork,
  so a one-shot caller keeps them too (the next check of a verify worker
  rewrites nothing that did not change);
- pytest's parsed configuration (prepared.PreparedConfig): only for a caller
  that checks again and again (reuse_setup), which forks its checks;
- the spare spawned process (spawned.SpareProcess): only for a caller that
  checks again and again where checks are spawned;
- the spare forked child (spare_fork.SpareFork): only for the warm helper,
  which forks the next check's child after each answer (fork_spare).

Each part is made on first use: pytest is imported only by a fork, and
`tutor check` forks its child before the tutor's own imports (prestart.py).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import TracebackType

    from _pytest.config import Config

    from tutor.runner.prepared import PreparedConfig
    from tutor.runner.rewrite_cache import RewriteCache
    from tutor.runner.spare_fork import SpareFork
    from tutor.runner.spawned import SpareProcess


class RunnerSession:
    """reuse_setup: this caller checks again and again (the warm helper, `tutor watch`):
    keep pytest's settings between forks, and a spare process where checks are spawned."""

    def __init__(self, reuse_setup: bool = False) -> None:
        self.reuse_setup = reuse_setup
        self._rewritten: RewriteCache | None = None
        self._prepared: PreparedConfig | None = None
        self._spare: SpareProcess | None = None
        self._forked: SpareFork | None = None
        self.closed = False

    def __enter__(self) -> RunnerSession:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def rewritten(self) -> RewriteCache:
        if self._rewritten is None:
            from tutor.runner.rewrite_cache import RewriteCache

            self._rewritten = RewriteCache()
        return self._rewritten

    @property
    def prepared(self) -> PreparedConfig:
        if self._prepared is None:
            from tutor.runner.prepared import PreparedConfig

            self._prepared = PreparedConfig()
        return self._prepared

    @property
    def spare(self) -> SpareProcess:
        if self._spare is None:
            from tutor.runner.spawned import SpareProcess

            self._spare = SpareProcess()
        return self._spare

    @property
    def spare_pid(self) -> int | None:
        """The spare process waiting for the next check, if any."""
        return self._spare.pid if self._spare is not None else None

    def fork_spare(self) -> None:
        """Fork the next check's child now, for the configuration kept (a single-threaded
        process that forks its checks, between two checks: the warm helper)."""
        if self._forked is not None or not self.reuse_setup or self._prepared is None:
            return
        config = self._prepared.kept
        if config is not None:
            from tutor.runner.spare_fork import SpareFork

            with contextlib.suppress(OSError):  # no fork now (a process limit): none ahead
                self._forked = SpareFork.start(config, self.rewritten)

    def take_forked_spare(self, config: Config | None) -> SpareFork | None:
        """The forked spare, if it waits for this very configuration; any other is stopped."""
        spare, self._forked = self._forked, None
        if spare is None:
            return None
        if spare.fits(config, self.rewritten):
            return spare
        spare.discard()
        return None

    @property
    def forked_spare_pid(self) -> int | None:
        return self._forked.pid if self._forked is not None else None

    def close(self) -> None:
        """Stop the spare, drop pytest's kept configuration (and its import hook) and the
        rewritten modules. A closed session can still check, as a one-shot caller does:
        it starts no spare and keeps no configuration then."""
        self.reuse_setup = False
        spare, self._spare = self._spare, None
        if spare is not None:
            spare.discard()
        forked, self._forked = self._forked, None
        if forked is not None:
            forked.discard()
        prepared, self._prepared = self._prepared, None
        if prepared is not None:
            prepared.close()
        self._rewritten = None
        self.closed = True


_default: RunnerSession | None = None


def default_session() -> RunnerSession:
    """For callers that check once and do not care (run_check without a session): it
    keeps only rewritten test modules, so it holds no process and no import hook."""
    global _default
    if _default is None:
        _default = RunnerSession(reuse_setup=False)
    return _default

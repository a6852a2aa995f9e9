"""Textual's Footer, rebuilt once however often the keys change before it is drawn.

Footer rebuilds its key widgets after each change of the screen's keys, and
a screen's keys change several times as it starts (it is shown, it gets the
focus, it goes idle): three rebuilds before the course map is first drawn,
~8 ms each. Rebuilds asked for while one is already due are dropped here;
the one that runs shows the keys as they are by then, and is skipped when
they are the keys already shown (the map's change twice as it starts).
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeysFooter(Footer):
    _rebuild_due = False
    _shown: tuple[object, ...] | None = None  # what the last rebuild read (see _keys)

    def bindings_changed(self, screen: Screen) -> None:
        # As Footer decides whether to rebuild (after the next refresh).
        will_rebuild = screen.app.app_focus and self.is_attached and screen is self.screen
        if will_rebuild and self._rebuild_due:
            return  # the rebuild already due reads the keys when it runs
        self._rebuild_due = will_rebuild
        super().bindings_changed(screen)

    async def recompose(self) -> None:
        self._rebuild_due = False
        keys = self._keys()
        if keys == self._shown:
            return  # compose() would make the same key widgets again
        self._shown = keys
        await super().recompose()

    def _keys(self) -> tuple[object, ...]:
        """Everything Footer.compose() reads to make its key widgets."""
        bindings = tuple(
            (binding, enabled, tooltip, self.app.get_key_display(binding))
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
        )
        options = (self._bindings_ready, self.show_command_palette, self.app.ENABLE_COMMAND_PALETTE)
        return (*options, self.app.COMMAND_PALETTE_BINDING, bindings)

"""The till's one window: a strip of screen tabs, the stack of screens, the status bar.

Sign-in and lock are a layer of this window (``set_lock_view`` / ``set_locked``),
not a window of their own, so the keyboard never has to be handed back by a
window manager (a kiosk till started from ``xinit`` has none). The window
keeps the keyboard inside the application: after a switch, a sign-in, a lock
or a dialog closing, the shown screen's focus widget gets it (``restore_focus``).

Every key comes from the keymap: application keys call the slots given to
``on_action`` (F3, F7, F9, Shift+F1) or the shell's own (F1, F12, Esc, F11, Alt+1 …
Alt+8); a screen's keys call its ``actions()`` and are live only while it is
shown. The shown screen also receives the scanner (``attach_scanner``).

Only Sell has to be ready when the window first paints: the other screens are
added with ``add_screen_later`` and built the first time they are shown (their
Alt key, their tab, the F1 list) or asked for (``screen``); ``screen_built``
says so, for what else hooks into a screen once it exists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.common.banner import Level, MessageBanner
from omnipos.ui.i18n import translate
from omnipos.ui.shell.key_list import KeyList
from omnipos.ui.shell.keymap import KEYMAP, Act, Keymap, Scope, ScreenId
from omnipos.ui.shell.scanning import ScanRouter
from omnipos.ui.shell.screen import Screen
from omnipos.ui.shell.status_bar import TillStatusBar

log = logging.getLogger(__name__)

MIN_WIDTH = 1280
MIN_HEIGHT = 800
NOTICE_MARGIN = 12  # px between the floating notice and the window's edges


class ScreenTabs(QWidget):
    """One touch button per screen the till has, in Alt+1 … Alt+8 order."""

    chosen = Signal(object)  # ScreenId

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenTabs")
        self._row = QHBoxLayout(self)
        # Eight tabs share 1280 px whatever the language: as wide as their words, 4 px apart.
        self._row.setContentsMargins(8, 8, 8, 0)
        self._row.setSpacing(4)
        self._row.addStretch(1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[ScreenId, QPushButton] = {}

    def add(self, screen: ScreenId) -> None:
        button = QPushButton(translate("Shell", "{screen}   Alt+{number}").format(
            screen=screen.title, number=screen.number), self)
        button.setObjectName(f"tab_{screen.value}")
        button.setProperty("kind", "screenTab")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the screen keeps the keyboard
        button.clicked.connect(lambda _c=False, s=screen: self.chosen.emit(s))
        self._group.addButton(button)
        self.buttons[screen] = button
        order = [s for s in ScreenId if s in self.buttons]
        self._row.insertWidget(order.index(screen), button)

    def set_current(self, screen: ScreenId) -> None:
        self.buttons[screen].setChecked(True)


ScreenBuilder = Callable[[], Screen]


class MainWindow(QMainWindow):
    screen_shown = Signal(object)  # ScreenId, after every switch
    screen_built = Signal(object, object)  # ScreenId, Screen: a screen added later now exists

    def __init__(self, keymap: Keymap = KEYMAP, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tillWindow")
        self.setWindowTitle(translate("Shell", "OmniPOS till"))
        self.setMinimumSize(1024, 700)
        self.resize(MIN_WIDTH, MIN_HEIGHT)
        self.keymap = keymap
        self._layers = QStackedWidget(self)
        self.setCentralWidget(self._layers)
        self.work = QWidget(self._layers)
        self.work.setObjectName("workLayer")
        column = QVBoxLayout(self.work)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.tabs = ScreenTabs(self.work)
        self.tabs.chosen.connect(self.show_screen)
        self.stack = QStackedWidget(self.work)
        column.addWidget(self.tabs)
        column.addWidget(self.stack, 1)
        # A notice any screen may raise (a new pickup order, a refused intent), shown on all.
        # It floats over the top of the window, where the screen tabs are, and takes no row
        # of the layout: coming and going it never moves the scan field or the cart.
        self.notice = MessageBanner(self.work)
        self.notice.shown.connect(self._place_notice)
        self.work.installEventFilter(self)  # its resizes place the notice again
        self._layers.addWidget(self.work)
        self.key_list = KeyList(self.work)
        self.key_list.about.connect(lambda: self._run(Act.ABOUT))
        self.status = TillStatusBar(self)
        self.setStatusBar(self.status)

        self._screens: dict[ScreenId, Screen] = {}
        self._builders: dict[ScreenId, ScreenBuilder] = {}  # added later, not built yet
        self._actions: dict[ScreenId, Mapping[Act, Callable[[], None]]] = {}
        self._current: Screen | None = None
        self._lock_view: QWidget | None = None
        self._lock_focus: Callable[[], QWidget] | None = None
        self._locked = False
        self._cover: QWidget | None = None  # the first-run wizard, over the screens
        self._cover_focus: Callable[[], QWidget] | None = None
        self._hidden_dialogs: list[QDialog] = []
        self._slots: dict[Act, Callable[[], None]] = {
            Act.KEYS: self.toggle_key_list,
            Act.COMPLETE: self._complete,
            Act.BACK: self._back,
            Act.FULL_SCREEN: self.toggle_full_screen,
        }
        for screen in ScreenId:
            self._slots[Act.show(screen)] = lambda s=screen: self.show_screen(s)
        self._shortcuts: list[tuple[QShortcut, Scope]] = []
        for binding in keymap.in_scope(None):
            self._bind(binding.act, None, lambda act=binding.act: self._run(act))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # dialogs opening and closing anywhere

    # -- building -------------------------------------------------------------------

    def on_action(self, act: Act, slot: Callable[[], None]) -> None:
        """What an application key does (F3 devices, F7 shift and cash, F9 lock, About)."""
        self._slots[act] = slot

    def add_screen(self, screen: Screen) -> None:
        """Put a screen in the stack and bind its keys; the first one added is shown."""
        sid = screen.screen_id
        if sid in self._screens or sid in self._builders:
            raise ValueError(f"the {sid.title} screen is added twice")
        self._bind_screen_keys(sid)
        self._stack_screen(sid, screen)
        self.tabs.add(sid)
        if self._current is None:
            self.show_screen(sid)
        else:
            self._update_shortcuts()

    def add_screen_later(self, sid: ScreenId, build: ScreenBuilder) -> None:
        """A screen whose tab and keys are there now, built by ``build`` when first needed."""
        if sid in self._screens or sid in self._builders:
            raise ValueError(f"the {sid.title} screen is added twice")
        self._builders[sid] = build
        self._bind_screen_keys(sid)
        self.tabs.add(sid)
        self._update_shortcuts()

    def _bind_screen_keys(self, sid: ScreenId) -> None:
        # The keys call the screen's slot through _actions: a screen added later has none
        # until it is built, and its keys are live only while it is shown (so built).
        for binding in self.keymap.in_scope(sid):
            self._bind(binding.act, sid,
                       lambda s=sid, act=binding.act: self._actions[s][act]())

    def _stack_screen(self, sid: ScreenId, screen: Screen) -> None:
        actions = screen.actions()
        for binding in self.keymap.in_scope(sid):
            if binding.act not in actions:
                raise ValueError(f"the {sid.title} screen has no slot for {binding.act.value!r}")
        self._actions[sid] = actions
        self._screens[sid] = screen
        self.stack.addWidget(screen.page)

    def set_lock_view(self, view: QWidget, focus: Callable[[], QWidget]) -> None:
        """The sign-in layer; ``focus`` names its widget for the keyboard (the PIN field)."""
        self._lock_view, self._lock_focus = view, focus
        self._layers.addWidget(view)

    def cover(self, view: QWidget, focus: Callable[[], QWidget]) -> None:
        """Show ``view`` over the screens (the first-run wizard): their keys and scans rest.

        ``focus`` names its widget for the keyboard. ``uncover`` shows the screens again.
        """
        self._cover, self._cover_focus = view, focus
        self._layers.addWidget(view)
        if not self._locked:
            self._layers.setCurrentWidget(view)
        self.key_list.dismiss()
        self._update_shortcuts()
        self.restore_focus(force=True)

    def uncover(self) -> None:
        if self._cover is None:
            return
        view, self._cover, self._cover_focus = self._cover, None, None
        self._layers.setCurrentWidget(self._lock_view if self._locked and self._lock_view
                                      else self.work)
        self._layers.removeWidget(view)
        view.hide()
        self._update_shortcuts()
        self.restore_focus(force=True)

    @property
    def covered(self) -> bool:
        return self._cover is not None

    def _bind(self, act: Act, scope: Scope, slot: Callable[[], None]) -> None:
        for sequence in self.keymap.sequences(act):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setObjectName(f"key_{act.value}_{sequence.toString()}")
            shortcut.activated.connect(slot)
            self._shortcuts.append((shortcut, scope))

    def notify(self, text: str, level: Level = Level.INFO, ms: int | None = None) -> None:
        """A notice above whichever screen is shown; it never takes the keyboard."""
        self.notice.show_message(text, level, ms)

    # -- screens --------------------------------------------------------------------

    @property
    def screens(self) -> list[ScreenId]:
        """Every screen the till has, built or not yet."""
        return [s for s in ScreenId if s in self._screens or s in self._builders]

    @property
    def current_screen(self) -> Screen | None:
        return self._current

    def screen(self, sid: ScreenId) -> Screen | None:
        """The screen (built now if it was added later); None for one the till lacks."""
        build = self._builders.pop(sid, None)
        if build is not None:
            screen = build()
            self._stack_screen(sid, screen)
            log.debug("screen %s built", sid.value)
            self.screen_built.emit(sid, screen)
        return self._screens.get(sid)

    def built(self, sid: ScreenId) -> Screen | None:
        """The screen if it exists already (None for one not built yet or not there)."""
        return self._screens.get(sid)

    def show_screen(self, sid: ScreenId) -> bool:
        """Switch to a screen the till has (False, and nothing happens, for one it lacks)."""
        if self._locked:
            return False
        target = self.screen(sid)
        if target is None:
            return False
        if target is not self._current:
            if self._current is not None:
                self._current.deactivate()
            self._current = target
            self.key_list.dismiss()
            self.stack.setCurrentWidget(target.page)
            target.activate()
            self._update_shortcuts()
            log.debug("screen %s shown", sid.value)
        self.tabs.set_current(sid)
        self.screen_shown.emit(sid)
        if self._cover is None:
            self._give_focus(target.focus_widget())
        return True

    def _update_shortcuts(self) -> None:
        shown = self._current.screen_id if self._current is not None else None
        for shortcut, scope in self._shortcuts:
            shortcut.setEnabled(not self._locked and self._cover is None
                                and (scope is None or scope == shown))

    def _run(self, act: Act) -> None:
        slot = self._slots.get(act)
        if slot is not None:
            slot()

    def _complete(self) -> None:
        self.key_list.dismiss()
        if self._current is not None:
            self._current.complete()

    def _back(self) -> None:
        if self.key_list.isVisible():
            self.key_list.dismiss()
            return
        if self._current is not None and not self._current.back():
            first = self.screens[0] if self._screens else None
            if first is not None and first is not self._current.screen_id:
                self.show_screen(first)

    def toggle_key_list(self) -> None:
        """F1: the shown screen's keys, then those of every screen."""
        if self.key_list.isVisible() or self._current is None:
            self.key_list.dismiss()
            return
        sid = self._current.screen_id
        title = translate("Shell", "Keys on the {screen} screen").format(screen=sid.title)
        self.key_list.show_keys(title, self.keymap.key_list(sid, self.screens))

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # -- scanner --------------------------------------------------------------------

    def attach_scanner(self, router: ScanRouter) -> int:
        """The shown screen receives scanner bursts while the window exists."""
        return router.push(self._on_scan, owner=self, name="shell")

    def _on_scan(self, code: str) -> None:
        if self._locked or self._cover is not None:
            log.info("scan ignored while the till is locked or being set up")
            return
        if self._current is not None:
            self._current.on_scan(code)

    # -- the sign-in layer ----------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool) -> None:
        """Cover the screens with the sign-in layer, or uncover them; keys follow."""
        if locked == self._locked or self._lock_view is None:
            return
        self._locked = locked
        if locked:
            self.key_list.dismiss()
            # An open dialog would stay above the layer and keep taking keys: put it away
            # until someone signs in, then bring it back as it was.
            self._hidden_dialogs = [w for w in QApplication.topLevelWidgets()
                                    if isinstance(w, QDialog) and w.isVisible() and self._owns(w)]
            for dialog in self._hidden_dialogs:
                dialog.hide()
            self._layers.setCurrentWidget(self._lock_view)
        else:
            self._layers.setCurrentWidget(self._cover or self.work)
        self._update_shortcuts()
        self.status.set_interactive(not locked)
        if not locked:
            hidden, self._hidden_dialogs = self._hidden_dialogs, []
            for dialog in hidden:
                dialog.open()
            if hidden:
                return
        self.restore_focus(force=True)

    def _owns(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if parent is self:
                return True
            parent = parent.parentWidget()
        return False

    # -- the keyboard stays in the application ---------------------------------------

    def restore_focus(self, force: bool = False) -> None:
        """Give the keyboard to the shown layer's focus widget, unless a dialog has it.

        Without ``force`` a widget of the shown layer that already has the focus keeps it.
        """
        if not self.isVisible():
            return
        modal = QApplication.activeModalWidget()
        if modal is not None:
            # A dialog over a dialog closed: the one below takes the keyboard back.
            if isinstance(modal, QDialog) and self._owns(modal):
                self._activate_dialog(modal)
            return
        if QApplication.activePopupWidget() is not None:
            return
        if self._locked and self._lock_focus is not None:
            target = self._lock_focus()
        elif self._cover is not None and self._cover_focus is not None:
            target = self._cover_focus()
        elif self._current is not None:
            target = self._current.focus_widget()
        else:
            return
        focused = QApplication.focusWidget()
        layer = self._layers.currentWidget()
        if (not force and focused is not None and focused.isVisible()
                and layer is not None and layer.isAncestorOf(focused)):
            if not self.isActiveWindow():
                self.activateWindow()
            return
        self._give_focus(target)

    def _give_focus(self, target: QWidget) -> None:
        if (self.isVisible() and not self.isActiveWindow()
                and QApplication.activeModalWidget() is None):
            self.activateWindow()  # with no window manager nobody else gives it back
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_notice(self, *_shown: object) -> None:
        width = self.work.width() - 2 * NOTICE_MARGIN
        height = max(self.notice.heightForWidth(width), self.notice.minimumSizeHint().height())
        self.notice.setGeometry(NOTICE_MARGIN, NOTICE_MARGIN // 2, width, height)
        self.notice.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here (dozens per scan): the few wanted are
        # told by their class, so the others cost no look at their type (a Python enum).
        if isinstance(event, QKeyEvent):
            # Alt+2 with no Pickups screen (or any Alt key) types nothing.
            return event.type() == QEvent.Type.KeyPress and _stray_alt(event)
        if isinstance(event, (QShowEvent, QHideEvent)):
            if isinstance(watched, QDialog) and watched.isWindow() and self._owns(watched):
                if isinstance(event, QHideEvent):
                    QTimer.singleShot(0, self.restore_focus)  # a dialog closed
                else:
                    QTimer.singleShot(0, lambda d=watched: self._activate_dialog(d))
        elif watched is self.work and isinstance(event, QResizeEvent):
            self._place_notice()
        return False

    @staticmethod
    def _activate_dialog(dialog: QDialog) -> None:
        """A dialog that opened takes the keyboard (no window manager does it for us)."""
        try:
            if dialog.isVisible() and not dialog.isActiveWindow():
                dialog.activateWindow()
        except RuntimeError:  # deleted before the event loop came back
            pass

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)


def _stray_alt(event: QKeyEvent) -> bool:
    """An Alt key that no shortcut took (shortcuts come first): it would type its digit.

    AltGr is not Alt here (X11 reports it apart; Windows as Ctrl+Alt), so ``@`` still types.
    """
    mods = event.modifiers()
    return (bool(mods & Qt.KeyboardModifier.AltModifier)
            and not mods & Qt.KeyboardModifier.ControlModifier and bool(event.text()))

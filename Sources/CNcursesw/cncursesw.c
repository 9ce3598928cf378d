#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "cncursesw.h"

#include <langinfo.h>
#include <locale.h>
/* Debian and most Linux systems keep the wide-character curses under ncursesw/; macOS and the BSDs ship it as the
   plain curses headers. */
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#else
#include <curses.h>
#include <term.h>
#endif
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static int running = 0;
static volatile sig_atomic_t pending_signal = 0;

/* Writes a control sequence straight to the terminal, past curses' buffer. */
static void write_all(const char *text) {
    size_t length = strlen(text);
    while (length > 0) {
        ssize_t n = write(STDOUT_FILENO, text, length);
        if (n <= 0) return;
        text += n;
        length -= (size_t)n;
    }
}

int sc_start(int want_color) {
    /* The board writes UTF-8. A locale that is asked for but not installed (LANG=de_DE.UTF-8 on a machine
       without it) leaves the C locale, in which curses drops every non-ASCII character: fall back to C.UTF-8.
       Curses needs only the character type; loading the other categories would cost a dozen file reads. */
    if (setlocale(LC_CTYPE, "") == NULL || strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "en_US.UTF-8");
    }
    /* newterm rather than initscr: an unknown terminal type is a result here, not an exit with curses' words. */
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return SC_UNKNOWN_TERMINAL;
    /* A terminal that cannot place the cursor (TERM=dumb) would show only the last line of every frame. */
    const char *cup = tigetstr("cup");
    if (cup == NULL || cup == (char *)-1) {
        endwin();
        delscreen(screen);
        return SC_CANNOT_ADDRESS;
    }
    def_prog_mode();
    running = 1;
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    intrflush(stdscr, FALSE);
    set_escdelay(25);
    /* Curses would look for typed keys while it sends a frame (a poll per line) and stop halfway when one is
       there; the board reads every key before it draws, so a frame always goes out whole. */
    typeahead(-1);
    curs_set(0);
    /* Until its screen has once been suspended and resumed, ncurses sends what it has after every cursor move:
       a first frame would leave in a hundred small writes. Suspending and resuming now, before anything shows,
       makes every frame go out in one piece. A synchronized update, ended by the first frame, keeps terminals
       that know it from showing the short way out and back. */
    /* Colour starts before the screen is first cleared: cleared without it, curses' idea of a blank cell differs
       from the blanks it draws with colour on, and a first frame would send every blank of the screen. */
    int colors = 0;
    if (want_color && has_colors()) {
        start_color();
        use_default_colors();
        colors = COLORS;
    }
    write_all("\033[?2026h");
    endwin();
    refresh();
    /* Bracketed paste: the terminal wraps pasted text in ESC [200~ ... ESC [201~. */
    fputs("\033[?2004h", stdout);
    fflush(stdout);
    return colors;
}

static int mouse_on = 0;

void sc_mouse(int on) {
    if (!running) return;
    mouse_on = on;
    mouseinterval(0);
    mmask_t wanted = on ? (BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
                           | BUTTON5_PRESSED
#endif
                           ) : 0;
    mousemask(wanted, NULL);
    /* Presses and releases (1000, no motion) in SGR form (1006): every column, and a release that says which
       button. Where the terminal description names the older form, curses passes SGR reports on as characters,
       which the board's key decoder reads. */
    fputs(on ? "\033[?1000h\033[?1006h" : "\033[?1006l\033[?1000l", stdout);
    fflush(stdout);
}

void sc_stop(void) {
    if (!running) return;
    if (mouse_on) sc_mouse(0);
    running = 0;
    write_all("\033[?2026l");
    curs_set(1);
    endwin();
    fputs("\033[?2004l", stdout);
    fflush(stdout);
}

int sc_is_running(void) { return running; }

void sc_size(int *width, int *height) {
    *height = getmaxy(stdscr);
    *width = getmaxx(stdscr);
}

int sc_read(int timeout_ms, uint32_t *ch) {
    wint_t value = 0;
    wtimeout(stdscr, timeout_ms);
    int result = wget_wch(stdscr, &value);
    if (result == ERR) {
        /* No key: a timeout, a signal, or a terminal that is gone (hung up, closed). */
        struct pollfd input = { STDIN_FILENO, POLLIN, 0 };
        if (poll(&input, 1, 0) > 0 && (input.revents & (POLLHUP | POLLERR | POLLNVAL))) return SC_HANGUP;
        return SC_NONE;
    }
    if (result == OK) {
        *ch = (uint32_t)value;
        return SC_CHAR;
    }
    switch (value) {
    case KEY_UP: return SC_UP;
    case KEY_DOWN: return SC_DOWN;
    case KEY_LEFT: return SC_LEFT;
    case KEY_RIGHT: return SC_RIGHT;
    case KEY_HOME: return SC_HOME;
    case KEY_END: return SC_END;
    case KEY_PPAGE: return SC_PAGE_UP;
    case KEY_NPAGE: return SC_PAGE_DOWN;
    case KEY_BTAB: return SC_BACK_TAB;
    case KEY_DC: return SC_DELETE;
    case KEY_BACKSPACE: return SC_BACKSPACE;
    case KEY_ENTER: return SC_ENTER;
    case KEY_RESIZE: return SC_RESIZE;
    case KEY_MOUSE: {
        MEVENT event;
        if (getmouse(&event) != OK) return SC_OTHER;
        *ch = (uint32_t)(event.y * 65536 + event.x);
        if (event.bstate & BUTTON1_PRESSED) return SC_MOUSE_PRESS;
        if (event.bstate & BUTTON4_PRESSED) return SC_WHEEL_UP;
#ifdef BUTTON5_PRESSED
        if (event.bstate & BUTTON5_PRESSED) return SC_WHEEL_DOWN;
#endif
        return SC_OTHER;
    }
    default:
        if (value >= KEY_F(1) && value <= KEY_F(12)) {
            *ch = (uint32_t)(value - KEY_F0);
            return SC_FUNCTION;
        }
        return SC_OTHER;
    }
}

void sc_define_pair(int pair, int fg, int bg) { init_pair((short)pair, (short)fg, (short)bg); }

void sc_beep(void) { beep(); }

void sc_put(int y, int x, const uint32_t *text, int count, int attributes, int pair) {
    attr_t attrs = A_NORMAL;
    if (attributes & SC_BOLD) attrs |= A_BOLD;
    if (attributes & SC_REVERSE) attrs |= A_REVERSE;
    if (attributes & SC_UNDERLINE) attrs |= A_UNDERLINE;
    if (attributes & SC_DIM) attrs |= A_DIM;
    wchar_t buffer[1024];
    if (count > 1023) count = 1023;
    for (int i = 0; i < count; i++) buffer[i] = (wchar_t)text[i];
    buffer[count] = 0;
    attr_set(attrs, (short)pair, NULL);
    mvaddnwstr(y, x, buffer, count);
    attr_set(A_NORMAL, 0, NULL);
}

void sc_cursor(int y, int x, int visible) {
    if (visible) {
        move(y, x);
        curs_set(1);
    } else {
        curs_set(0);
    }
}

/* Synchronized update (DEC mode 2026): terminals that know it show the frame at once, not piece by piece as
   curses sends it; others ignore the mode. */
void sc_refresh(void) {
    write_all("\033[?2026h");
    refresh();
    write_all("\033[?2026l");
}

void sc_invalidate(void) {
    /* The next frame is drawn onto a blank screen and sent whole. */
    werase(stdscr);
    clearok(curscr, TRUE);
}

static void remember_signal(int number) { pending_signal = number; }

void sc_catch_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = remember_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a waiting read returns at once */
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    /* A parent may have started us with signals blocked; the board relies on these arriving. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
}

int sc_take_signal(void) {
    int number = pending_signal;
    pending_signal = 0;
    return number;
}

#ifndef CNCURSESW_H
#define CNCURSESW_H

#include <stdint.h>
#include <stddef.h>

/* A small C surface over ncursesw, so that Swift never touches ncurses' global variables or macros. */

/* What sc_read found. */
enum {
    SC_NONE = 0, SC_CHAR, SC_UP, SC_DOWN, SC_LEFT, SC_RIGHT, SC_HOME, SC_END, SC_PAGE_UP, SC_PAGE_DOWN,
    SC_BACK_TAB, SC_DELETE, SC_BACKSPACE, SC_ENTER, SC_RESIZE, SC_HANGUP, SC_FUNCTION, SC_OTHER,
    SC_MOUSE_PRESS, SC_WHEEL_UP, SC_WHEEL_DOWN
};

/* Attributes for sc_put. */
enum { SC_BOLD = 1, SC_REVERSE = 2, SC_UNDERLINE = 4, SC_DIM = 8 };

/* Why sc_start could not start. */
enum { SC_UNKNOWN_TERMINAL = -1, SC_CANNOT_ADDRESS = -2 };

/* Sets the locale, starts curses in raw mode with keypad and bracketed paste; returns the number of colours
   usable (0 when colour is off or missing), or SC_UNKNOWN_TERMINAL or SC_CANNOT_ADDRESS. */
int sc_start(int want_color);
/* Ends curses and restores the terminal; safe to call twice. */
void sc_stop(void);
/* Whether curses is running. */
int sc_is_running(void);
/* The screen's size. */
void sc_size(int *width, int *height);
/* Waits up to timeout_ms (negative: forever) for input; stores a character in *ch for SC_CHAR, the number
   (1-12) for SC_FUNCTION, the cell as y * 65536 + x for the mouse (SC_MOUSE_PRESS, SC_WHEEL_UP, SC_WHEEL_DOWN). */
int sc_read(int timeout_ms, uint32_t *ch);
/* Asks the terminal for mouse presses, releases and the wheel (never motion, so that selecting text with Shift
   keeps working), in SGR mode (1006) so that columns beyond 223 are reported; 0 turns it off. */
void sc_mouse(int on);
/* Defines colour pair `pair` (1...) as foreground `fg` on background `bg` (-1: the terminal's default). */
void sc_define_pair(int pair, int fg, int bg);
/* Rings the terminal bell. */
void sc_beep(void);
/* Writes `count` characters at (x, y) with attributes and a colour pair (0: default). */
void sc_put(int y, int x, const uint32_t *text, int count, int attributes, int pair);
/* Places the terminal cursor, or hides it when visible is 0. */
void sc_cursor(int y, int x, int visible);
/* Sends what changed to the terminal. */
void sc_refresh(void);
/* Makes the next refresh redraw everything (after a resize). */
void sc_invalidate(void);
/* Catches SIGINT, SIGTERM and SIGHUP; the loop asks for them with sc_take_signal. */
void sc_catch_signals(void);
/* The last caught signal, or 0; clears it. */
int sc_take_signal(void);

#endif

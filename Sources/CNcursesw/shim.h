// The C side of ncursesw that Swift cannot import directly: macros and mutable globals.
//
// Swift 6 refuses to touch mutable C globals (`stdscr`, `LINES`, `COLS`…) and does not import
// function-like or expression macros (`A_BOLD`, `getcurx`…), so each one gets a tiny static
// inline function here. Nothing in this header keeps state: a static variable in a header would
// be duplicated in every Swift object file that uses it.
#ifndef CARNET_NCURSESW_SHIM_H
#define CARNET_NCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc hides wcwidth without _XOPEN_SOURCE, which the Glibc module is built without.
extern int wcwidth(wchar_t c);
// glibc declares memfd_create only with _GNU_SOURCE; it has it since 2.27.
extern int memfd_create(const char *name, unsigned int flags);

// MARK: Globals

static inline WINDOW *carnet_stdscr(void) { return stdscr; }
static inline WINDOW *carnet_curscr(void) { return curscr; }
static inline int carnet_lines(void) { return LINES; }
static inline int carnet_cols(void) { return COLS; }
static inline int carnet_colors(void) { return COLORS; }
static inline int carnet_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *carnet_stdin(void) { return stdin; }
static inline FILE *carnet_stdout(void) { return stdout; }

// MARK: Attributes (macros built from NCURSES_BITS)

static inline attr_t carnet_a_normal(void) { return A_NORMAL; }
static inline attr_t carnet_a_bold(void) { return A_BOLD; }
static inline attr_t carnet_a_reverse(void) { return A_REVERSE; }
static inline attr_t carnet_a_underline(void) { return A_UNDERLINE; }
static inline attr_t carnet_a_dim(void) { return A_DIM; }

// MARK: Cursor (getcury/getcurx are macros)

static inline int carnet_getcury(WINDOW *win) { return getcury(win); }
static inline int carnet_getcurx(WINDOW *win) { return getcurx(win); }

// MARK: File descriptors

/// Bytes waiting to be read on `fd`, or -1 when the ioctl fails.
/// Tells a real end of file (readable, nothing to read) from input that just arrived.
static inline int carnet_bytes_available(int fd) {
    int count = 0;
    return ioctl(fd, FIONREAD, &count) == 0 ? count : -1;
}

/// The size of the terminal on `fd`; returns 0 on success, -1 when `fd` is not a terminal.
static inline int carnet_window_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

/// An anonymous in-memory file, close-on-exec: where ncurses writes a frame before carnet sends
/// it on in one write(). -1 when the kernel has no memfd.
static inline int carnet_frame_buffer(void) { return memfd_create("carnet-frame", 1 /* MFD_CLOEXEC */); }

// MARK: Signals (the sigaction union is awkward from Swift)

/// Installs `handler` for `signo` without SA_RESTART, so a blocking poll returns with EINTR.
/// The previous action is stored in `old` so that it can be put back.
static inline int carnet_install_handler(int signo, void (*handler)(int), struct sigaction *old) {
    struct sigaction action;
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signo, &action, old);
}

/// Unblocks a signal for the calling thread: a parent (a supervisor, a test runner) may have
/// started carnet with it blocked, and a blocked SIGHUP would never reach the handler.
static inline int carnet_unblock_signal(int signo) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signo);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/// Puts back an action saved by `carnet_install_handler`.
static inline int carnet_restore_handler(int signo, const struct sigaction *old) {
    return sigaction(signo, old, NULL);
}

// MARK: Terminfo (for `carnet doctor`: what a terminal type offers, without starting a screen)

// Declared here rather than by including <term.h>, whose capability macros (lines, columns,
// bell…) would shadow ordinary names.
struct term;
extern int setupterm(const char *term, int fd, int *error);
extern struct term *set_curterm(struct term *terminal);
extern int del_curterm(struct term *terminal);

/// The number of colours terminfo gives `term` (0 for none), or -1 when terminfo does not know
/// that terminal type. Loads the entry and frees it again: nothing is written to any terminal.
static inline int carnet_terminfo_colors(const char *term) {
    int error = 0;
    if (setupterm(term, STDERR_FILENO, &error) != OK) return -1;
    int colors = tigetnum("colors");
    del_curterm(set_curterm(NULL));
    return colors > 0 ? colors : 0;
}

#endif

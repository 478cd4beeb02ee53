// The C side of ncursesw that Swift cannot import directly: macros and mutable globals.
#ifndef CARNET_NCURSESW_SHIM_H
#define CARNET_NCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc hides wcwidth without _XOPEN_SOURCE, which the Glibc module is built without.
extern int wcwidth(wchar_t c);

#endif

#ifndef LESSON_CREADLINE_SHIM_H
#define LESSON_CREADLINE_SHIM_H
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Readline's state lives in C globals, which Swift 6 will not touch directly.
   These accessors are the one place the Swift side reads or sets them. */
static inline const char *lesson_rl_library_version(void) { return rl_library_version; }
static inline void lesson_rl_set_catch_signals(int on) { rl_catch_signals = on; rl_catch_sigwinch = on; }
static inline void lesson_rl_set_instream(FILE *in) { rl_instream = in; }
static inline void lesson_rl_set_outstream(FILE *out) { rl_outstream = out; }
#endif

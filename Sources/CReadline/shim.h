#ifndef LESSON_CREADLINE_SHIM_H
#define LESSON_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <readline/readline.h>
#include <readline/history.h>

/* ---------------------------------------------------------------------------------------------
   Readline's state lives in C globals, which Swift 6 will not touch directly.
   These accessors are the one place the Swift side reads or sets them.
   --------------------------------------------------------------------------------------------- */

static inline const char *lesson_rl_library_version(void) { return rl_library_version; }
/* 0: readline installs no signal handlers of its own (ours decide), for SIGINT & co and SIGWINCH. */
static inline void lesson_rl_set_catch_signals(int on) { rl_catch_signals = on; rl_catch_sigwinch = on; }
static inline void lesson_rl_set_instream(FILE *in) { rl_instream = in; }
static inline void lesson_rl_set_outstream(FILE *out) { rl_outstream = out; }
/* 0: readline leaves LINES and COLUMNS in the environment alone. */
static inline void lesson_rl_set_change_environment(int on) { rl_change_environment = on; }
static inline void lesson_rl_set_readline_name(const char *name) { rl_readline_name = name; }
/* Called by readline when a read is interrupted by a signal it did not catch itself. */
static inline void lesson_rl_set_signal_event_hook(rl_hook_func_t *hook) { rl_signal_event_hook = hook; }
/* Reads one key for readline; ours waits on the signal self-pipe too. */
static inline void lesson_rl_set_getc_function(rl_getc_func_t *f) { rl_getc_function = f; }
/* Called by readline once the terminal is prepared, just before the first key is read. */
static inline void lesson_rl_set_pre_input_hook(rl_hook_func_t *hook) { rl_pre_input_hook = hook; }
static inline void lesson_rl_set_attempted_completion_function(rl_completion_func_t *f) {
    rl_attempted_completion_function = f;
}
/* 1 inside a completion function: no fallback to file-name completion. */
static inline void lesson_rl_set_attempted_completion_over(int over) { rl_attempted_completion_over = over; }
static inline void lesson_rl_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline int lesson_history_length(void) { return history_length; }
/* The text of history entry `offset` (0 = oldest), or NULL. */
static inline const char *lesson_history_line(int offset) {
    HIST_ENTRY *entry = history_get(history_base + offset);
    return entry ? entry->line : NULL;
}

/* ---------------------------------------------------------------------------------------------
   Window size (TIOCGWINSZ); ioctl is variadic, which Swift does not call well.
   --------------------------------------------------------------------------------------------- */

/* 0 and the size of the terminal on `fd`, or -1 when `fd` is not a terminal. */
static inline int lesson_window_size(int fd, int *columns, int *rows) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *columns = size.ws_col;
    *rows = size.ws_row;
    return 0;
}

/* Sets the size of a (pseudo-)terminal; the kernel then sends SIGWINCH to its foreground group. */
static inline int lesson_set_window_size(int fd, int columns, int rows) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    size.ws_col = (unsigned short)columns;
    size.ws_row = (unsigned short)rows;
    return ioctl(fd, TIOCSWINSZ, &size);
}

/* ---------------------------------------------------------------------------------------------
   Terminal restore from signal handlers.

   Everything a signal handler needs lives in one `lesson_signal_state`, allocated once by the
   Swift side (TerminalSession) before any handler is installed. The handlers below use only
   async-signal-safe calls: write(2), tcgetattr/tcsetattr, tcgetpgrp/getpgrp, sigaction, raise,
   _exit. The Swift handler is a one-line @convention(c) trampoline that passes the state pointer.
   --------------------------------------------------------------------------------------------- */

#define LESSON_BYTES_MAX 96
#define LESSON_SIGNAL_MAX 65

typedef struct lesson_signal_state {
    int termios_fd;                 /* the terminal whose modes we change (stdin), or -1 */
    int output_fd;                  /* where escape bytes go (stdout when a terminal), or -1 */
    int wake_fd;                    /* write end of the self-pipe (non-blocking), or -1 */
    volatile sig_atomic_t has_original;
    struct termios original;        /* the modes found at start: put back on every exit path */
    volatile sig_atomic_t has_active;
    struct termios active;          /* the modes to put back after SIGCONT (raw, or readline's) */
    volatile sig_atomic_t engaged;  /* 1 while restore bytes are owed (raw mode, hidden cursor) */
    unsigned char restore_bytes[LESSON_BYTES_MAX];
    volatile sig_atomic_t restore_len;
    unsigned char resume_bytes[LESSON_BYTES_MAX];
    volatile sig_atomic_t resume_len;
    volatile sig_atomic_t pending_termination; /* SIGINT, SIGTERM or SIGHUP waiting, or 0 */
    volatile sig_atomic_t resized;             /* SIGWINCH seen since last asked */
    volatile sig_atomic_t continued;           /* SIGCONT seen since last asked */
    volatile sig_atomic_t own_stop;            /* the next SIGCONT ends our SIGTSTP handler's stop */
    struct sigaction previous[LESSON_SIGNAL_MAX];
    volatile sig_atomic_t has_previous[LESSON_SIGNAL_MAX];
} lesson_signal_state;

/* Sets `sig` back to its default action (so a raise() ends the process the usual way). */
static inline int lesson_default_action(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(sig, &action, NULL);
}

static inline void lesson_write_all(int fd, const unsigned char *bytes, long count) {
    while (count > 0) {
        ssize_t written = write(fd, bytes, (size_t)count);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        count -= written;
    }
}

static inline void lesson_wake(lesson_signal_state *s, int sig) {
    if (s->wake_fd >= 0) {
        unsigned char byte = (unsigned char)sig;
        (void)!write(s->wake_fd, &byte, 1); /* full pipe: a wake-up is already waiting */
    }
}

/* Puts the terminal back as it was found: escape bytes owed (show cursor, reset attributes,
   leave the alternate screen if entered), then the saved modes. */
static inline void lesson_restore_terminal(lesson_signal_state *s) {
    if (s->engaged && s->output_fd >= 0 && s->restore_len > 0)
        lesson_write_all(s->output_fd, s->restore_bytes, s->restore_len);
    if (s->has_original && s->termios_fd >= 0)
        tcsetattr(s->termios_fd, TCSANOW, &s->original);
}

static inline int lesson_in_foreground(lesson_signal_state *s) {
    return s->termios_fd >= 0 && tcgetpgrp(s->termios_fd) == getpgrp();
}

/* Re-applies the active modes (raw, or readline's) after the process was continued. */
static inline void lesson_resume_terminal(lesson_signal_state *s) {
    if (!lesson_in_foreground(s)) return; /* continued in the background: leave the shell's terminal */
    if (s->has_active) tcsetattr(s->termios_fd, TCSANOW, &s->active);
    if (s->engaged && s->output_fd >= 0 && s->resume_len > 0)
        lesson_write_all(s->output_fd, s->resume_bytes, s->resume_len);
}

/* SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL, SIGTRAP, SIGQUIT, SIGSYS: restore, then let the signal
   do what it would have done (the previous handler, e.g. Swift's backtracer, or the default). */
static inline void lesson_on_fatal_signal(lesson_signal_state *s, int sig, siginfo_t *info) {
    int saved = errno;
    lesson_restore_terminal(s);
    if (sig > 0 && sig < LESSON_SIGNAL_MAX) {
        if (s->has_previous[sig] && s->previous[sig].sa_handler != SIG_IGN) {
            sigaction(sig, &s->previous[sig], NULL);
        } else {
            lesson_default_action(sig);
        }
    }
    /* A fault from the kernel repeats when the handler returns; a sent one must be sent again.
       Either way it is delivered after this handler returns, to the action just put back. */
    if (info == NULL || info->si_code <= 0) raise(sig);
    errno = saved;
}

/* SIGINT, SIGTERM, SIGHUP: the main loop decides (save, restore, exit). A second one while the
   first is still waiting means the loop is stuck: restore and leave at once. */
static inline void lesson_on_termination_signal(lesson_signal_state *s, int sig) {
    int saved = errno;
    if (s->pending_termination != 0) {
        lesson_restore_terminal(s);
        if (sig == SIGINT) _exit(130);
        lesson_default_action(sig);
        raise(sig); /* delivered, and fatal, when this handler returns */
        errno = saved;
        return;
    }
    s->pending_termination = sig;
    lesson_wake(s, sig);
    errno = saved;
}

/* SIGTSTP: put the terminal back, really stop; when continued, re-apply the modes in force. */
static inline void lesson_on_stop_signal(lesson_signal_state *s) {
    int saved = errno;
    struct termios current;
    int have_current = s->termios_fd >= 0 && tcgetattr(s->termios_fd, &current) == 0;
    lesson_restore_terminal(s);
    s->own_stop = 1;
    raise(SIGSTOP); /* stops here; execution goes on below after SIGCONT */
    if (have_current && lesson_in_foreground(s)) {
        tcsetattr(s->termios_fd, TCSANOW, &current);
        if (s->engaged && s->output_fd >= 0 && s->resume_len > 0)
            lesson_write_all(s->output_fd, s->resume_bytes, s->resume_len);
    }
    s->continued = 1;
    lesson_wake(s, SIGCONT);
    errno = saved;
}

static inline void lesson_on_continue_signal(lesson_signal_state *s) {
    int saved = errno;
    /* SIGCONT is blocked while the SIGTSTP handler runs, so this comes after it: when it ended
       our own stop, that handler has re-applied the modes already. */
    if (s->own_stop) s->own_stop = 0;
    else lesson_resume_terminal(s);
    s->continued = 1;
    lesson_wake(s, SIGCONT);
    errno = saved;
}

static inline void lesson_on_resize_signal(lesson_signal_state *s) {
    int saved = errno;
    s->resized = 1;
    lesson_wake(s, SIGWINCH);
    errno = saved;
}

/* The one entry point of every handler. */
static inline void lesson_handle_signal(lesson_signal_state *s, int sig, siginfo_t *info) {
    if (s == NULL) return;
    switch (sig) {
    case SIGINT: case SIGTERM: case SIGHUP: lesson_on_termination_signal(s, sig); break;
    case SIGTSTP: lesson_on_stop_signal(s); break;
    case SIGCONT: lesson_on_continue_signal(s); break;
    case SIGWINCH: lesson_on_resize_signal(s); break;
    default: lesson_on_fatal_signal(s, sig, info); break;
    }
}

/* Installs `handler` for `sig`, keeping the previous action in the state. SA_RESTART: other
   code's reads and writes are not cut short; the loops that must notice signals wait in poll(2)
   on the self-pipe, which a signal always wakes. Every handler blocks the other handled signals and SIGTTOU (so restoring modes from the
   background does not stop the process). Fatal signals run on the alternate stack. */
static inline int lesson_install_handler(lesson_signal_state *s, int sig,
                                         void (*handler)(int, siginfo_t *, void *), int on_alt_stack) {
    static const int handled[] = { SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGWINCH };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handler;
    action.sa_flags = SA_SIGINFO | SA_RESTART | (on_alt_stack ? SA_ONSTACK : 0);
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < sizeof handled / sizeof handled[0]; i++) sigaddset(&action.sa_mask, handled[i]);
    sigaddset(&action.sa_mask, SIGTTOU);
    if (sig <= 0 || sig >= LESSON_SIGNAL_MAX) return -1;
    if (sigaction(sig, &action, &s->previous[sig]) != 0) return -1;
    s->has_previous[sig] = 1;
    return 0;
}

/* Puts back the action that was in force before `lesson_install_handler`. */
static inline int lesson_uninstall_handler(lesson_signal_state *s, int sig) {
    if (sig <= 0 || sig >= LESSON_SIGNAL_MAX || !s->has_previous[sig]) return -1;
    s->has_previous[sig] = 0;
    return sigaction(sig, &s->previous[sig], NULL);
}

static inline int lesson_install_alternate_stack(void *memory, size_t size) {
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = memory;
    stack.ss_size = size;
    return sigaltstack(&stack, NULL);
}

/* Blocks the handled signals (and SIGTTOU) while the Swift side changes the state, so a handler
   never sees half-copied modes. */
static inline void lesson_block_signals(sigset_t *previous) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT); sigaddset(&set, SIGTERM); sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGTSTP); sigaddset(&set, SIGCONT); sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGTTOU);
    pthread_sigmask(SIG_BLOCK, &set, previous);
}

static inline void lesson_restore_signal_mask(const sigset_t *previous) {
    pthread_sigmask(SIG_SETMASK, previous, NULL);
}

/* Setters and readers the Swift side uses (with the handled signals blocked around changes). */

static inline void lesson_state_reset(lesson_signal_state *s) {
    memset(s, 0, sizeof *s);
    s->termios_fd = -1;
    s->output_fd = -1;
    s->wake_fd = -1;
}

static inline void lesson_state_set_original(lesson_signal_state *s, const struct termios *t) {
    if (t) { s->original = *t; s->has_original = 1; } else { s->has_original = 0; }
}

/* The modes to re-apply after SIGCONT; NULL: none (cooked, as found). */
static inline void lesson_state_set_active(lesson_signal_state *s, const struct termios *t) {
    if (t) { s->active = *t; s->has_active = 1; } else { s->has_active = 0; }
}

static inline void lesson_copy_bytes(unsigned char *destination, volatile sig_atomic_t *length,
                                     const unsigned char *bytes, long count) {
    if (count > LESSON_BYTES_MAX) count = LESSON_BYTES_MAX;
    if (count < 0) count = 0;
    *length = 0;
    if (count > 0) memcpy(destination, bytes, (size_t)count);
    *length = (sig_atomic_t)count;
}

static inline void lesson_state_set_restore_bytes(lesson_signal_state *s, const unsigned char *bytes, long count) {
    lesson_copy_bytes(s->restore_bytes, &s->restore_len, bytes, count);
}

static inline void lesson_state_set_resume_bytes(lesson_signal_state *s, const unsigned char *bytes, long count) {
    lesson_copy_bytes(s->resume_bytes, &s->resume_len, bytes, count);
}

static inline int lesson_take_flag(volatile sig_atomic_t *flag) {
    int value = *flag;
    if (value) *flag = 0;
    return value;
}

static inline int lesson_state_take_resized(lesson_signal_state *s) { return lesson_take_flag(&s->resized); }
static inline int lesson_state_take_continued(lesson_signal_state *s) { return lesson_take_flag(&s->continued); }
/* The waiting SIGINT/SIGTERM/SIGHUP, or 0; it stays set, so a second one forces the exit. */
static inline int lesson_state_pending_termination(lesson_signal_state *s) { return s->pending_termination; }

/* ---------------------------------------------------------------------------------------------
   Pseudo-terminals, for the end-to-end tests that drive a built binary. These XSI and GNU calls
   are hidden from Swift by Glibc's default feature macros, so they are declared here again.
   --------------------------------------------------------------------------------------------- */

extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern int ptsname_r(int fd, char *buffer, size_t capacity);

/* glibc's POSIX_SPAWN_SETSID (2.26+): the child starts a new session, so the first terminal it
   opens becomes its controlling terminal. */
#define LESSON_POSIX_SPAWN_SETSID 0x80

/* 0 and a new pty master (close-on-exec) with the path of its slave, or -1. */
static inline int lesson_open_pty(int *master, char *slave_name, size_t capacity) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return -1;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0 || ptsname_r(fd, slave_name, capacity) != 0) {
        close(fd);
        return -1;
    }
    *master = fd;
    return 0;
}

#endif

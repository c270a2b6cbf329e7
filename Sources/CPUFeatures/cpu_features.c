#include "cpu_features.h"
#include <stdlib.h>
#include <string.h>

int lesson_cpu_supports_x86_64_v3(void) {
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
    __builtin_cpu_init();
    return __builtin_cpu_supports("x86-64-v3") ? 1 : 0;
#else
    return 0;
#endif
}

int lesson_kernels_forced_portable(void) {
    const char *value = getenv("LESSON_KERNELS");
    return value != NULL && strcmp(value, "portable") == 0;
}

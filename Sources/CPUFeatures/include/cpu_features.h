#ifndef LESSON_CPU_FEATURES_H
#define LESSON_CPU_FEATURES_H

/// 1 when this CPU runs x86-64-v3 code (AVX2, FMA, BMI1/2, LZCNT, MOVBE, F16C), else 0
/// (and always 0 on other architectures). Swift has no portable way to ask CPUID.
int lesson_cpu_supports_x86_64_v3(void);

/// 1 when the environment variable LESSON_KERNELS is "portable": the user asks for the
/// kernels built for any CPU (to compare speed, or to rule the AVX2 build out).
int lesson_kernels_forced_portable(void);

#endif

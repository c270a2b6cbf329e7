// The standard library lowers some floating-point operations (rounding, remainders, the
// scalar fallback of square roots) to C math-library calls; importing the platform module
// makes this module link libm itself instead of relying on its clients. Nothing else of the C
// library is used: every transcendental function comes from `DeterministicMath`.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

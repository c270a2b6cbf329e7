import CPUFeatures

/// Which build of the dense kernels this process runs: the portable one, or the x86-64-v3
/// (AVX2) one when the CPU has it. Both are compiled from the same source and give the same
/// bits; only the speed differs. `LESSON_KERNELS=portable` forces the portable build.
public enum KernelVariant: String, Sendable {
    case portable
    case avx2 = "x86-64-v3"

    /// The variant chosen for this process (read once).
    public static let current: KernelVariant = {
        #if canImport(TrainingKernelsAVX2)
        if lesson_kernels_forced_portable() == 0 && lesson_cpu_supports_x86_64_v3() != 0 { return .avx2 }
        #endif
        return .portable
    }()
}

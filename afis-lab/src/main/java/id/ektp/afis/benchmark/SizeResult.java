package id.ektp.afis.benchmark;

/**
 * Figures of the brute-force gallery at one size.
 *
 * @param insertPerSecond        gallery inserts per second (templates already imported)
 * @param generatePerSecond      synthetic ten-prints generated and imported through ISO per second, all cores
 * @param bytesPerPerson         heap after full GC, gallery minus empty heap, divided by persons
 * @param comparisonsPerSecond   finger comparisons per second during identify, all cores
 * @param matedFound             mated probes whose mate was the top candidate with a hit decision
 * @param nonMatedHits           non-mated probes that returned any hit (adjudicate or duplicate)
 * @param generateCpuMicros      process CPU time per generated and imported template, microseconds
 * @param matedCpu               process CPU time of each mated identify, milliseconds
 * @param nonMatedCpu            process CPU time of each non-mated identify, milliseconds
 * @param comparisonsPerCpuSecond finger comparisons per second of process CPU time during identify
 */
record SizeResult(int persons, double insertPerSecond, double generatePerSecond, double bytesPerPerson,
        LatencySample mated, LatencySample nonMated, double comparisonsPerSecond, int matedFound, int nonMatedHits,
        double generateCpuMicros, LatencySample matedCpu, LatencySample nonMatedCpu, double comparisonsPerCpuSecond) {
}

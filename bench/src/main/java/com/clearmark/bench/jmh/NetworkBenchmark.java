package com.clearmark.bench.jmh;

import com.clearmark.bench.SyntheticSellers;
import com.clearmark.engine.network.SellerNetworks;
import com.clearmark.engine.network.SellerProfile;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link SellerNetworks#build} over synthetic sellers ({@link SyntheticSellers}: one in ten in a
 * ring, every seller with a listing-text signature), seconds per build. The 100,000-seller run of
 * the same invocation is the baseline: near-linear blocking makes the million take about ten times
 * as long, where comparing pairs would take a hundred times.
 *
 * <pre>
 * java -cp bench/target/clearmark-bench.jar org.openjdk.jmh.Main NetworkBenchmark -f 1 -wi 1 -i 2
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx8g"})
public class NetworkBenchmark {

  @Param({"100000", "1000000"})
  int sellers;

  private List<SellerProfile> profiles;

  @Setup(Level.Trial)
  public void setUp() {
    profiles = SyntheticSellers.generate(sellers, 15);
  }

  @Benchmark
  public int build() {
    SellerNetworks.Result result = SellerNetworks.build(profiles);
    return result.networks().size() + result.links().size();
  }
}

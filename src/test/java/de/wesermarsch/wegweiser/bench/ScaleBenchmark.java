package de.wesermarsch.wegweiser.bench;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import de.wesermarsch.wegweiser.content.Bounds;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.search.SearchIndex;
import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.search.SearchResult;
import de.wesermarsch.wegweiser.search.SearchService;

/**
 * Search time by size of the content, without HTTP, as a distribution (p50, p99): Wesermarsch, each imported
 * Integreat region and the 1 800-entry set that {@code bench/scale.sh} writes under {@code target/scale}. Each
 * call searches the next query of a mix of short queries and real questions in German, English, Arabic and
 * Ukrainian. Run {@code bench/scale.sh} first (it writes the contents), then {@code bench/jmh.sh -f 1 ScaleBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScaleBenchmark {

	static final String[] QUERIES = { "Sprachkurs", "Wo kann ich einen Deutschkurs machen?", "Kinderbetreuung Kosten",
			"Ausländerbehörde Termin", "Where can I find a doctor?", "How do I register my address?", "pregnant",
			"دورة لغة", "أين أجد طبيب", "де знайти лікаря", "робота", "Hebame" };

	@Param({ "content", "target/scale/lkaugsburg", "target/scale/rems-murr-kreis", "target/scale/x10" })
	public String content;

	private SearchService search;

	private int next;

	@Setup
	public void index() {
		search = new SearchService(new SearchIndex(new ContentLoader(Path.of(content), Path.of("i18n"), null,
				new Bounds(8 << 20, 64 << 20)).load()));
	}

	@Benchmark
	public SearchResult search() {
		String query = QUERIES[next++ % QUERIES.length];
		return search.search(new SearchRequest(query, "de", false, Set.of(), Set.of(), Set.of(), 10, 0));
	}

}

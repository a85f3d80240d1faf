package de.wesermarsch.wegweiser.bench;

import java.nio.file.Path;
import java.util.List;
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

import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.search.SearchIndex;
import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.search.SearchResult;
import de.wesermarsch.wegweiser.search.SearchService;

/**
 * Search over the real content without HTTP: one exact query, one that needs fuzzy matching, one in Arabic script
 * that goes through the thesaurus, and a building-the-index benchmark for start-up and reload. Run with
 * {@code bench/jmh.sh}; results in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.AverageTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

	@Param({ "Sprachkurs", "Hebame", "حامل", "робота лікар", "Ausländerbehörde Termin" })
	public String query;

	private SearchService search;

	@Setup
	public void index() {
		search = new SearchService(new SearchIndex(new ContentLoader(Path.of("content"), Path.of("i18n")).load()));
	}

	@Benchmark
	public SearchResult search() {
		return search.search(new SearchRequest(query, "de", false, Set.of(), Set.of(), Set.of(), 10, 0));
	}

	@Benchmark
	public List<String> suggest() {
		return search.suggest(query.substring(0, Math.min(4, query.length())), "de", 8);
	}

}

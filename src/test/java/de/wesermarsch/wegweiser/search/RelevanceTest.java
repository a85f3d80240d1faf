package de.wesermarsch.wegweiser.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.content.EntryType;

/**
 * The relevance suite: realistic queries in every language (typos, missing accents, the wrong language, everyday
 * words not in the text) against the real content, each with the entries it must find. It reports success@3 and
 * MRR per query language to {@code target/relevance-report.md} and fails below the thresholds, which only go up.
 * <p>
 * Judged as the results page shows a search: the help (offers, guide pages, pages, networks) in one list and the
 * county's plans (measures) in a section of their own after it, both on the first page. An expected entry's rank is
 * its place in its own list, so a query about a plan succeeds when the plan is among the first three plans, and
 * never by pushing a plan into the help.
 */
class RelevanceTest {

	/** Thresholds: set from what the suite reaches, never lowered. */
	private static final double MIN_SUCCESS_AT_3 = 0.89;

	private static final double MIN_SUCCESS_AT_3_PER_LANGUAGE = 0.65;

	private static final double MIN_MRR = 0.86;

	/** Of the queries that name the "did you mean" they expect (a correction, or none), the share that get it. */
	private static final double MIN_DID_YOU_MEAN = 0.90;

	/** @param didYouMean the correction expected (lower case), {@code false} for none, null when not judged */
	record Query(String q, String lang, String language, List<String> expect, Object didYouMean) {
	}

	record Score(int queries, int successes, double reciprocalRanks) {
		Score plus(boolean success, double rr) {
			return new Score(queries + 1, successes + (success ? 1 : 0), reciprocalRanks + rr);
		}

		double successAt3() {
			return (double) successes / queries;
		}

		double mrr() {
			return reciprocalRanks / queries;
		}
	}

	static Content content;

	static SearchService search;

	@BeforeAll
	static void index() {
		content = new ContentLoader(Path.of("content"), Path.of("i18n")).load();
		search = new SearchService(new SearchIndex(content));
	}

	@Test
	void queriesFindTheirEntriesInTheTopThree() throws IOException {
		List<Query> queries = queries();
		Map<String, Score> perLanguage = new TreeMap<>();
		Score overall = new Score(0, 0, 0);
		List<String> misses = new ArrayList<>();
		StringBuilder rankings = new StringBuilder();
		int judged = 0;
		int corrected = 0;
		for (Query query : queries) {
			assertThat(query.expect()).as("expected ids of '%s'", query.q()).allMatch(content.entries()::containsKey);
			List<String> help = ids(query, HELP);
			List<String> plans = ids(query, PLANS);
			rankings.append(query.language()).append('\t').append(query.q()).append('\t').append(help).append('\t')
				.append(plans).append('\n');
			int rank = firstOf(rankOfFirstExpected(help, query.expect()), rankOfFirstExpected(plans, query.expect()));
			if (query.didYouMean() != null) {
				judged++;
				Object expected = Boolean.FALSE.equals(query.didYouMean()) ? null : String.valueOf(query.didYouMean());
				String got = search.search(new SearchRequest(query.q(), query.lang(), false, Set.of(), Set.of(), Set.of(), 10, 0))
					.didYouMean();
				got = got == null ? null : got.toLowerCase(java.util.Locale.ROOT);
				if (java.util.Objects.equals(expected, got)) {
					corrected++;
				}
				else {
					misses.add("- `" + query.q() + "` (" + query.language() + "): did you mean " + got + ", expected "
							+ (expected == null ? "none" : expected));
				}
			}
			boolean success = rank > 0 && rank <= 3;
			double rr = rank > 0 ? 1.0 / rank : 0;
			perLanguage.merge(query.language(), new Score(1, success ? 1 : 0, rr), RelevanceTest::sum);
			overall = overall.plus(success, rr);
			if (!success) {
				misses.add("- `" + query.q() + "` (" + query.language() + "→" + query.lang() + "): expected " + query.expect()
						+ ", got " + help.subList(0, Math.min(3, help.size())) + " and plans "
						+ plans.subList(0, Math.min(3, plans.size())));
			}
		}
		misses.add(String.format("%n\"did you mean\" as expected: %d of %d (%.2f)", corrected, judged, (double) corrected / judged));
		report(queries.size(), perLanguage, overall, misses);
		Files.writeString(Path.of("target/relevance-rankings.tsv"), rankings);
		assertThat(queries).hasSizeGreaterThanOrEqualTo(100);
		assertThat(overall.successAt3()).as("success@3 overall").isGreaterThanOrEqualTo(MIN_SUCCESS_AT_3);
		assertThat(overall.mrr()).as("MRR overall").isGreaterThanOrEqualTo(MIN_MRR);
		perLanguage.forEach((lang, score) -> assertThat(score.successAt3()).as("success@3 of %s", lang)
			.isGreaterThanOrEqualTo(MIN_SUCCESS_AT_3_PER_LANGUAGE));
		assertThat(perLanguage.keySet()).containsAll(content.languageCodes());
		assertThat(judged).isGreaterThanOrEqualTo(20);
		assertThat((double) corrected / judged).as("\"did you mean\" as expected").isGreaterThanOrEqualTo(MIN_DID_YOU_MEAN);
	}

	private static final Set<EntryType> HELP = Arrays.stream(EntryType.values()).filter(t -> !t.isPlan())
		.collect(Collectors.toSet());

	private static final Set<EntryType> PLANS = Arrays.stream(EntryType.values()).filter(EntryType::isPlan)
		.collect(Collectors.toSet());

	/** The first ten ids of one list of the results page: the help or the plans. */
	private static List<String> ids(Query query, Set<EntryType> types) {
		return search.search(new SearchRequest(query.q(), query.lang(), false, types, Set.of(), Set.of(), 10, 0))
			.hits().stream().map(Hit::id).toList();
	}

	/** The better of two ranks, 0 meaning not found. */
	private static int firstOf(int a, int b) {
		return a == 0 ? b : b == 0 ? a : Math.min(a, b);
	}

	private static int rankOfFirstExpected(List<String> ids, List<String> expected) {
		for (int i = 0; i < ids.size(); i++) {
			if (expected.contains(ids.get(i))) {
				return i + 1;
			}
		}
		return 0;
	}

	private static Score sum(Score a, Score b) {
		return new Score(a.queries() + b.queries(), a.successes() + b.successes(), a.reciprocalRanks() + b.reciprocalRanks());
	}

	@SuppressWarnings("unchecked")
	private static List<Query> queries() throws IOException {
		List<Query> queries = new ArrayList<>();
		List<Path> files;
		try (var list = Files.list(Path.of("src/test/resources/relevance"))) {
			files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
		}
		for (Path file : files) {
			for (Map<String, Object> item : (List<Map<String, Object>>) new Yaml().load(Files.readString(file))) {
				String language = (String) item.get("language");
				queries.add(new Query(String.valueOf(item.get("q")), (String) item.getOrDefault("lang", language), language,
						(List<String>) item.get("expect"), item.get("didYouMean")));
			}
		}
		return queries;
	}

	private static void report(int total, Map<String, Score> perLanguage, Score overall, List<String> misses)
			throws IOException {
		StringBuilder out = new StringBuilder("# Relevance\n\n" + total + " queries.\n\n| query language | queries | success@3 | MRR |\n|---|---|---|---|\n");
		perLanguage.forEach((lang, s) -> out.append(String.format("| %s | %d | %.2f | %.2f |%n", lang, s.queries(), s.successAt3(), s.mrr())));
		out.append(String.format("| **all** | %d | **%.2f** | **%.2f** |%n", overall.queries(), overall.successAt3(), overall.mrr()));
		out.append("\n## Misses\n\n").append(String.join("\n", misses)).append('\n');
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/relevance-report.md"), out);
		System.out.println(out);
	}

}

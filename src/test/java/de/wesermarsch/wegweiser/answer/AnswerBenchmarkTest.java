package de.wesermarsch.wegweiser.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.omosqa.OmosQa;
import de.wesermarsch.wegweiser.search.Lexicon;

/**
 * Answers and the page search measured on OMoS-QA, scored as the dataset's authors score (see {@link LineScores}):
 * the answer lines with the page given, the right page's rank in one index of the split's pages against plain BM25
 * on the same pages ({@link PlainBm25}), and the answer lines end to end ({@link EndToEnd}). Settings are fitted on
 * train; the thresholds hold the dev figures reached and only go up. The whole table, both splits, goes to
 * {@code target/answers-report.md} ({@code bench/answers.sh} prints it).
 */
class AnswerBenchmarkTest {

	/**
	 * Question language / page language -> least F1 over answer lines on dev, the page given; Arabic questions on
	 * German pages where the optional dictionaries are installed. Ukrainian questions meet German pages through the
	 * thesaurus's concepts. uk/uk was 53.5 while Arabic and Ukrainian pages were read with the weights of German and
	 * English texts only; read with weights from every language's pages, as the service reads its content, it
	 * measured 52.4 before the concepts and after. With the fitted line model (LineModel) dev measured de 57.6, en
	 * 57.2, ar/ar 56.9, uk/uk 56.7, ar/de 57.8, uk/de 52.2.
	 */
	private static final Map<String, Double> MIN_F1 = Lexicon.installed().has("ara", "eng")
			? Map.of("de/de", 57.5, "en/en", 57.0, "ar/ar", 56.5, "uk/uk", 56.5, "ar/de", 57.5, "uk/de", 52.0)
			: Map.of("de/de", 57.5, "en/en", 57.0, "ar/ar", 56.5, "uk/uk", 56.5, "uk/de", 52.0);

	/**
	 * Least "no answer" F1 on dev, German and English, the page given: 58.0 with the weights of German and English
	 * pages only; with every language's pages, en/en measured 56.5 before the concepts and 57.1 after.
	 */
	private static final double MIN_NO_ANSWER_F1 = 57.0;

	/**
	 * Question languages -> least share of dev questions whose page the search ranks in its first three. Arabic and
	 * Ukrainian questions with the optional FreeDict dictionaries installed (as CI installs them), and without.
	 */
	private static final Map<String, Double> MIN_RECALL_AT_3 = Lexicon.installed().has("ara", "eng")
			? Map.of("de+en", 0.80, "ar+uk", 0.39) : Map.of("de+en", 0.80, "ar+uk", 0.26);

	/** Question languages -> least F1 over answer lines on dev end to end (the answer from the right page). */
	private static final Map<String, Double> MIN_END_TO_END_F1 = Map.of("de+en", 41.0);

	private static final List<String> ROWS = List.of("de/de", "en/en", "ar/de", "uk/de", "ar/ar", "uk/uk");

	private static final Map<String, List<String>> GROUPS = Map.of("de+en", List.of("de", "en"), "ar+uk", List.of("ar", "uk"));

	private static final List<String> ASKED = List.of("de", "en", "ar", "uk");

	static final Map<String, LineScores> dev = new LinkedHashMap<>();

	static final Map<String, EndToEnd.Scores> devSearch = new LinkedHashMap<>();

	@BeforeAll
	static void run() throws IOException {
		StringBuilder report = new StringBuilder("## The page given\n\n");
		report.append("| split | question | page | P | R | F1 | no-answer P | R | F1 |\n|---|---|---|---|---|---|---|---|---|\n");
		PageGiven bench = new PageGiven();
		for (String split : OmosQa.SPLITS) {
			for (String row : ROWS) {
				String[] langs = row.split("/");
				LineScores s = bench.score(OmosQa.questions(split, langs[0], langs[1]), Extractor.Settings.FITTED);
				if (split.equals("dev")) {
					dev.put(row, s);
				}
				report.append(String.format("| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", split, langs[0],
						langs[1], s.precision(), s.recall(), s.f1(), s.noAnswerPrecision(), s.noAnswerRecall(), s.noAnswerF1()));
			}
		}
		StringBuilder pages = new StringBuilder("\n## The page searched: rank of the right page (search | plain BM25)\n\n");
		pages.append("| split | question | pages | R@1 | R@3 | MRR | none | BM25 R@1 | R@3 | MRR |\n|---|---|---|---|---|---|---|---|---|---|\n");
		StringBuilder ends = new StringBuilder("\n## End to end: the answer from the search's entries, counted only from the right page\n\n");
		ends.append("| split | question | P | R | F1 |\n|---|---|---|---|---|\n");
		for (String split : OmosQa.SPLITS) {
			EndToEnd endToEnd = new EndToEnd(split);
			Map<String, EndToEnd.Scores> scores = new LinkedHashMap<>();
			for (String lang : ASKED) {
				scores.put(lang, endToEnd.score(OmosQa.questions(split, lang)));
			}
			for (String group : List.of("de+en", "ar+uk")) {
				List<String> langs = GROUPS.get(group);
				scores.put(group, new EndToEnd.Scores(scores.get(langs.get(0)).search().plus(scores.get(langs.get(1)).search()),
						scores.get(langs.get(0)).bm25().plus(scores.get(langs.get(1)).bm25()),
						scores.get(langs.get(0)).answers().plus(scores.get(langs.get(1)).answers())));
			}
			if (split.equals("dev")) {
				devSearch.putAll(scores);
			}
			scores.forEach((lang, s) -> {
				pages.append(String.format("| %s | %s | %d | %.3f | %.3f | %.3f | %.2f | %.3f | %.3f | %.3f |%n", split, lang,
						endToEnd.pages(), s.search().recallAt1(), s.search().recallAt3(), s.search().mrr(), s.search().empty(),
						s.bm25().recallAt1(), s.bm25().recallAt3(), s.bm25().mrr()));
				ends.append(String.format("| %s | %s | %.1f | %.1f | %.1f |%n", split, lang, s.answers().precision(),
						s.answers().recall(), s.answers().f1()));
			});
		}
		report.append(pages).append(ends);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/answers-report.md"), report);
	}

	@Test
	void answerLinesOnDevHoldTheirThresholds() {
		MIN_F1.forEach((row, min) -> assertThat(dev.get(row).f1()).as("answer F1 %s", row).isGreaterThanOrEqualTo(min));
	}

	@Test
	void pagesThatDoNotAnswerAreRecognised() {
		for (String row : List.of("de/de", "en/en")) {
			assertThat(dev.get(row).noAnswerF1()).as("no-answer F1 %s", row).isGreaterThanOrEqualTo(MIN_NO_ANSWER_F1);
		}
	}

	@Test
	void searchFindsTheRightPageAmongTheFirstThree() {
		MIN_RECALL_AT_3.forEach((group, min) -> assertThat(devSearch.get(group).search().recallAt3())
			.as("R@3 %s", group).isGreaterThanOrEqualTo(min));
	}

	@Test
	void searchFindsTheRightPageMoreOftenThanPlainBm25() {
		EndToEnd.Scores s = devSearch.get("de+en");
		assertThat(s.search().recallAt3()).as("R@3 de+en, search against BM25").isGreaterThan(s.bm25().recallAt3());
		assertThat(s.search().mrr()).as("MRR de+en, search against BM25").isGreaterThan(s.bm25().mrr());
	}

	@Test
	void questionsAreAnsweredFromTheRightPage() {
		MIN_END_TO_END_F1.forEach((group, min) -> assertThat(devSearch.get(group).answers().f1())
			.as("end-to-end F1 %s", group).isGreaterThanOrEqualTo(min));
	}

}

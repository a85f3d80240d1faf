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

/**
 * Answers measured on OMoS-QA with the page given, scored as the dataset's authors score (see {@link LineScores}).
 * Settings are fitted on train; the thresholds hold the dev figures reached and only go up. The whole table, both
 * splits, goes to {@code target/answers-report.md} ({@code bench/answers.sh} prints it).
 */
class AnswerBenchmarkTest {

	/** Question language / page language -> least F1 over answer lines on dev. */
	private static final Map<String, Double> MIN_F1 = Map.of("de/de", 55.0, "en/en", 55.0, "ar/ar", 52.5, "uk/uk", 53.5);

	/** Least "no answer" F1 on dev, German and English. */
	private static final double MIN_NO_ANSWER_F1 = 58.0;

	private static final List<String> ROWS = List.of("de/de", "en/en", "ar/de", "uk/de", "ar/ar", "uk/uk");

	static final Map<String, LineScores> dev = new LinkedHashMap<>();

	@BeforeAll
	static void run() throws IOException {
		PageGiven bench = new PageGiven();
		StringBuilder report = new StringBuilder("| split | question | page | P | R | F1 | no-answer P | R | F1 |\n|---|---|---|---|---|---|---|---|---|\n");
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

}

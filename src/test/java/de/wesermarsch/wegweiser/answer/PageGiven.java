package de.wesermarsch.wegweiser.answer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.omosqa.OmosQa;
import de.wesermarsch.wegweiser.omosqa.Question;

/**
 * The OMoS-QA answer benchmark with the page given: every question of a split is answered from its own page and
 * scored over answer lines. The words' weights come from all pages the questions give (both splits, in German,
 * English, Arabic and Ukrainian), as the service's weights come from all of its content in every language: a
 * word of an Arabic page is then a word the content has, as it would be in the service.
 */
final class PageGiven {

	final Words words;

	final Cues cues;

	PageGiven() {
		Content base = new ContentLoader(Path.of("content"), Path.of("i18n")).load();
		Content pages = OmosQa.content(base, OmosQa.allPagesEveryLanguage());
		this.words = new Words(pages);
		this.cues = new Cues(pages.messages(), words.foldedChain());
	}

	LineScores score(List<Question> questions, Extractor.Settings settings) {
		Extractor extractor = new Extractor(words, cues, settings);
		LineScores scores = new LineScores();
		for (Question q : questions) {
			scores.add(q.answers(), lines(extractor, q));
		}
		return scores;
	}

	static Set<Integer> lines(Extractor extractor, Question q) {
		Passage passage = Passage.of(q.lines().get(0), String.join("\n", q.lines().subList(1, q.lines().size())),
				q.pageLanguage());
		Set<Integer> lines = new TreeSet<>();
		extractor.choose(q.question(), passage, q.pageLanguage()).sentences().forEach(s -> lines.add(s.line()));
		return lines;
	}

	/** The table: P/R/F1 and no-answer F1 per split and question language. */
	public static void main(String[] args) {
		PageGiven bench = new PageGiven();
		System.out.println("| split | questions | pages | P | R | F1 | no-answer P | R | F1 |");
		for (String split : OmosQa.SPLITS) {
			for (String[] langs : new String[][] { { "de", "de" }, { "en", "en" }, { "ar", "de" }, { "uk", "de" }, { "ar", "ar" }, { "uk", "uk" } }) {
				LineScores s = bench.score(OmosQa.questions(split, langs[0], langs[1]), Extractor.Settings.FITTED);
				System.out.printf("| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", split, langs[0], langs[1],
						s.precision(), s.recall(), s.f1(), s.noAnswerPrecision(), s.noAnswerRecall(), s.noAnswerF1());
			}
		}
	}

}

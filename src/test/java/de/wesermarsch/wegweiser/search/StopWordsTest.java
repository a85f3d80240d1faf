package de.wesermarsch.wegweiser.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;

/** Question and function words of every language are left out of every reading of a question. */
class StopWordsTest {

	static Analyzers chains;

	static StopWords stopWords;

	@BeforeAll
	static void load() {
		Content content = new ContentLoader(Path.of("content"), Path.of("i18n")).load();
		chains = Analyzers.of(content);
		stopWords = new StopWords(content, chains);
	}

	@Test
	void aGermanQuestionKeepsOnlyItsTopicInEveryReading() {
		AnalysedQuery query = chains.analyse("Wo finde ich einen Arzt?");
		assertThat(stopWords.keepFolded(query.folded())).containsExactly("arzt");
		for (String lang : Set.of("de", "en", "tr", "kmr")) {
			assertThat(stopWords.keep(lang, query.words(lang))).as("reading %s", lang).hasSize(1);
		}
	}

	@Test
	void englishQuestionWordsAreStopWords() {
		assertThat(stopWords.keepFolded(chains.analyse("What can I do, where and how, with my permit?").folded()))
			.containsExactly("permit");
		assertThat(stopWords.keep("en", chains.analyse("How do I open a bank account?").words("en"))).containsExactly("open", "bank", "account");
	}

	@Test
	void arabicAndUkrainianQuestionWordsAreLeftOut() {
		assertThat(stopWords.keepFolded(chains.analyse("أين أجد قابلة").folded())).hasSize(1);
		assertThat(stopWords.keep("uk", chains.analyse("Що потрібно, щоб відкрити рахунок у банку?").words("uk")))
			.doesNotContain("що", "у", "потрібно");
	}

	@Test
	void aQuestionOfOnlyStopWordsIsSearchedAsTyped() {
		assertThat(stopWords.keepFolded(chains.analyse("Was ist das?").folded())).containsExactly("was", "ist", "das");
	}

}

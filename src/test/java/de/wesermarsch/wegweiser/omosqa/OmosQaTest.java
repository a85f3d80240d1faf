package de.wesermarsch.wegweiser.omosqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.content.Entry;

/** The OMoS-QA reader gives the questions, their answer lines and their pages as the dataset has them. */
class OmosQaTest {

	@Test
	void readsQuestionsWithTheirAnswerLines() {
		List<Question> dev = OmosQa.questions("dev", "de");
		assertThat(dev).hasSize(193);
		assertThat(dev.stream().filter(Question::answerable)).hasSize(155);
		Question first = dev.get(0);
		assertThat(first.lines().get(0)).isEqualTo("Mittelschule");
		assertThat(first.lines().get(10)).startsWith("Wer eine (duale) betriebliche Ausbildung");
		assertThat(first.answers()).contains(10);
		assertThat(dev).allSatisfy(q -> assertThat(q.answers()).allSatisfy(i -> assertThat(i).isBetween(1, q.lines().size() - 1)));
	}

	@Test
	void asksTranslatedQuestionsAboutTheGermanPages() {
		List<Question> arabic = OmosQa.questions("dev", "ar", "de");
		assertThat(arabic.get(0).question()).startsWith("ما");
		assertThat(arabic.get(0).lines().get(0)).isEqualTo("Mittelschule");
		assertThat(arabic.get(0).pageLanguage()).isEqualTo("de");
		assertThat(arabic.get(0).sourceLanguage()).isEqualTo("de");
	}

	@Test
	void givesOneEntryPerPageWithItsLanguages() {
		List<Page> pages = OmosQa.allPages();
		Content base = new ContentLoader(Path.of("content"), Path.of("i18n")).load();
		Content content = OmosQa.content(base, pages);
		assertThat(content.entries()).hasSize(pages.size() / 2);
		Entry school = content.entry("muenchen-5564868").orElseThrow();
		assertThat(school.texts()).containsOnlyKeys("de", "en");
		assertThat(school.originalText().title()).isEqualTo("Mittelschule");
		assertThat(school.originalText().body().split("\n")[9]).startsWith("Wer eine (duale)");
	}

}

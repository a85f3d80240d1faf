package de.wesermarsch.wegweiser.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;

/** The fitted line model chooses a text's answering sentences: the list a question asks for, not the page around it. */
class LineModelTest {

	private static final String BODY = """
			Der Integrationskurs hilft Ihnen, Deutsch zu lernen und das Leben in Deutschland kennenzulernen.
			Für die Anmeldung zum Integrationskurs brauchen Sie:
			- Ihren Pass
			- Ihren Aufenthaltstitel
			- die Meldebescheinigung

			Sprechzeiten
			Die Beratung ist montags und donnerstags von 9 bis 12 Uhr geöffnet.

			Kinderbetreuung
			Während des Kurses können Kinder in der Kita betreut werden, wenn ein Platz frei ist.""";

	private static Extractor extractor;

	@BeforeAll
	static void read() {
		Content content = new ContentLoader(Path.of("content"), Path.of("i18n")).load();
		Words words = new Words(content);
		extractor = new Extractor(words, new Cues(content.messages(), words.foldedChain()), Extractor.Settings.FITTED);
	}

	private static List<String> answer(String question) {
		return extractor.choose(question, Passage.of("Integrationskurs", BODY, "de"), "de").sentences().stream()
			.map(Passage.Sentence::text).toList();
	}

	@Test
	void aQuestionForWhatToBringGetsTheListAndNotTheRestOfThePage() {
		List<String> answer = answer("Was brauche ich für die Anmeldung zum Integrationskurs?");
		assertThat(answer).contains("- Ihren Pass", "- Ihren Aufenthaltstitel", "- die Meldebescheinigung");
		assertThat(answer).noneMatch(s -> s.contains("montags") || s.contains("Kita"));
	}

	@Test
	void aQuestionForTheHoursGetsTheHoursAndNotTheList() {
		List<String> answer = answer("Wann ist die Beratung geöffnet?");
		assertThat(answer).anyMatch(s -> s.contains("montags und donnerstags"));
		assertThat(answer).noneMatch(s -> s.contains("Pass") || s.contains("Kita"));
	}

	@Test
	void aQuestionThePageDoesNotAnswerGetsNoSentence() {
		assertThat(answer("Wie wird das Wetter morgen in Paris?")).isEmpty();
	}

	@Test
	void aModelWithTheWrongNumberOfWeightsIsRefused() {
		assertThatThrownBy(() -> new LineModel(new double[LineModel.FEATURES - 1], 0.5))
			.isInstanceOf(IllegalArgumentException.class);
	}

}

package de.wesermarsch.wegweiser.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;

/** The content and the UI say each recurring name one way per language, the way {@code i18n/glossary.yaml} says. */
class GlossaryTest {

	static final Content content = new ContentLoader(Path.of("content"), Path.of("i18n")).load();

	static final Glossary glossary = Glossary.read(Path.of("i18n/glossary.yaml"));

	@Test
	void everyTextAndUiMessageKeepsTheGlossary() {
		assertThat(glossary.findings(Piece.all(content))).isEmpty();
	}

	@Test
	void everyTermHasOneWordInEveryLanguageButGerman() {
		List<String> languages = content.languageCodes().stream().filter(l -> !l.equals("de")).toList();
		assertThat(glossary.terms()).hasSizeGreaterThanOrEqualTo(9);
		glossary.terms().forEach(t -> assertThat(t.renderings()).as(t.id()).containsOnlyKeys(languages));
	}

	/** The wrong words the content audit found: each must be caught where it stands. */
	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			ar  | Landkreis                         | مكتب التنسيق في الدائرة يساعدكم
			kmr | Koordinierungsstelle              | Navenda Hevahengiyê alîkariya we dike
			fa  | Integrationskonzept               | طبق مفهوم ادغام شهرستان
			ckb | Integrationskonzept               | بەپێی بیرۆکەی تێکەڵبوون
			kmr | Arbeitgeber                       | ji bo karsazan
			ru  | Netzwerk Flucht                   | Сеть «Бегство» (Netzwerk Flucht)
			uk  | Netzwerk Flucht                   | Мережа «Втеча» (Netzwerk Flucht)
			en  | Integrationskonzept               | the county's integration concept
			tr  | Koordinierungsstelle              | Göç ve Katılım Koordinasyon Merkezi
			""")
	void aWrongWordIsFound(String lang, String german, String translation) {
		List<String> findings = glossary.findings(List.of(new Piece("x body", lang, translation, german)));
		assertThat(findings).as(translation).isNotEmpty();
	}

	@Test
	void aTitleThatDropsTheTermIsFound() {
		var title = new Piece("x title", "ru", "Служба для иностранцев", "Ausländerbehörde");
		assertThat(glossary.findings(List.of(title))).singleElement().asString().contains("ведомство по делам иностранцев");
		var right = new Piece("x title", "ru", "Ведомства по делам иностранцев", "Ausländerbehörde");
		assertThat(glossary.findings(List.of(right))).isEmpty();
	}

	@Test
	void persianIsMatchedHoweverTheLinkIsTyped() {
		for (String written : List.of("ادارهٔ اتباع خارجی", "اداره‌ی اتباع خارجی", "ادارۀ اتباع خارجی", "اداره اتباع خارجی")) {
			assertThat(glossary.findings(List.of(new Piece("x title", "fa", written, "Ausländerbehörde")))).as(written).isEmpty();
		}
	}

}

package de.wesermarsch.wegweiser.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;
import de.wesermarsch.wegweiser.content.EntryType;

/** Wherever the German says that the county plans something, every translation says it is planned. */
class PlanMarkersTest {

	static final Content content = new ContentLoader(Path.of("content"), Path.of("i18n")).load();

	static final PlanMarkers markers = PlanMarkers.read(Path.of("i18n/plan-markers.yaml"));

	static EditorialReport report;

	@BeforeAll
	static void writeReport() throws Exception {
		report = EditorialReport.of(content, Path.of("i18n"));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/editorial-report.md"), report.markdown());
	}

	@Test
	void everyLanguageSaysEveryMeasureAsAPlan() {
		assertThat(report.plans().keySet()).containsExactlyElementsOf(
				content.languageCodes().stream().filter(l -> !l.equals("de")).toList());
		report.plans().forEach((lang, said) -> {
			assertThat(said.planned()).as("plans in German that %s translates", lang).isGreaterThan(90);
			assertThat(said.missing().stream().filter(PlanMarkersTest::ofAMeasure))
				.as("%s measure texts without a plan word", lang).isEmpty();
		});
	}

	private static boolean ofAMeasure(String where) {
		return content.entry(where.substring(0, where.indexOf(' '))).map(e -> e.type() == EntryType.MEASURE).orElse(false);
	}

	/** The faults the content audit found, and the way the markers want them said. */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ru  | «Elterntalk» появится и в Везермарше                    | Планируется, что «Elterntalk» появится и в Везермарше
			ar  | سيبدأ „Elterntalk“ في فيزرمارش أيضاً                     | من المقرر أن يبدأ „Elterntalk“ في فيزرمارش أيضاً
			ckb | دەتوانن خولی مەلەوانی بکەن                              | بڕیارە خولی مەلەوانی ڕێک بخرێت
			tr  | Yabancılar Dairesi çalışma izinlerini daha hızlı vermeli | Yabancılar Dairesi'nin çalışma izinlerini daha hızlı vermesi planlanıyor
			en  | The Ausländerbehörde issues work permits faster         | The Ausländerbehörde is to issue work permits faster
			kmr | Divê Daîreya Biyaniyan destûrên kar zûtir bide          | Tê plankirin ku Daîreya Biyaniyan destûrên kar zûtir bide
			""")
	void aPromiseOrAPresentTenseIsFoundAndAPlanIsNot(String lang, String promise, String plan) {
		String german = "Die Ausländerbehörde soll Arbeitserlaubnisse schneller ausstellen.";
		var said = markers.check(List.of(new Piece("x summary", lang, promise, german),
				new Piece("y summary", lang, plan, german)), List.of(lang));
		assertThat(said.get(lang).planned()).isEqualTo(2);
		assertThat(said.get(lang).missing()).containsExactly("x summary");
	}

	@Test
	void aTranslationOfGermanThatPlansNothingNeedsNoPlanWord() {
		var said = markers.check(List.of(new Piece("x summary", "ru", "Ведомство выдаёт разрешения на работу.",
				"Die Ausländerbehörde stellt Arbeitserlaubnisse aus.")), List.of("ru"));
		assertThat(said.get("ru").planned()).isZero();
	}

}

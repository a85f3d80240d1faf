package de.wesermarsch.wegweiser.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import de.wesermarsch.wegweiser.search.analysis.Analysis;
import de.wesermarsch.wegweiser.search.analysis.Tokens;

class AnalysisTest {

	private static final List<String> PARTS = List.of("sprache", "sprach", "kurs", "ausländer", "behörde", "frauen", "beratung");

	private final Analyzer german = Analysis.forLanguage("german", PARTS);

	private final Analyzer folded = Analysis.folded();

	@Test
	void germanCompoundsMeetTheirParts() {
		assertThat(Tokens.of(german, "Sprachkurse")).containsAll(Tokens.of(german, "Kurs"));
		assertThat(Tokens.of(german, "Frauenberatung")).containsAll(Tokens.of(german, "Beratung"));
	}

	@Test
	void germanUmlautsTypedWithoutThemMatch() {
		assertThat(Tokens.of(german, "Auslaenderbehoerde")).isEqualTo(Tokens.of(german, "Ausländerbehörde"));
		assertThat(Tokens.of(german, "Ärztin")).isEqualTo(Tokens.of(german, "Arztin"));
	}

	@Test
	void arabicFeminineEndingKeepsWordsApart() {
		Analyzer arabic = Analysis.forLanguage("arabic", List.of());
		assertThat(Tokens.of(arabic, "حملة")).as("campaign is not pregnancy").isNotEqualTo(Tokens.of(arabic, "حمل"));
		assertThat(Tokens.of(arabic, "مدرسة")).as("school is not teacher").isNotEqualTo(Tokens.of(arabic, "مدرس"));
		assertThat(Tokens.of(arabic, "المدرسة")).isEqualTo(Tokens.of(arabic, "مدرسة"));
		assertThat(Tokens.of(arabic, "والحملة")).isEqualTo(Tokens.of(arabic, "حملة"));
		assertThat(Tokens.of(arabic, "الحمل")).isEqualTo(Tokens.of(arabic, "حمل"));
		assertThat(Tokens.of(arabic, "المدرسين")).isEqualTo(Tokens.of(arabic, "مدرس"));
	}

	@Test
	void arabicAndFarsiSpellingsOfTheSameLettersMeetInTheFoldedField() {
		// Arabic yeh and kaf (ي ك) against Farsi yeh and keheh (ی ک)
		assertThat(Tokens.of(folded, "كتابي")).isEqualTo(Tokens.of(folded, "کتابی"));
	}

	@Test
	void soraniWordsTypedWithoutSoraniLettersStillMeet() {
		assertThat(Tokens.of(folded, "وەرگیر")).isEqualTo(Tokens.of(folded, "وەرگێڕ"));
	}

	@Test
	void persianZeroWidthNonJoinerNeverSplitsAWord() {
		Analyzer persian = Analysis.forLanguage("persian", List.of());
		assertThat(Tokens.of(persian, "کتاب\u200Cها")).hasSize(1).isEqualTo(Tokens.of(persian, "کتابها"));
		assertThat(Tokens.of(folded, "می\u200Cخواهم")).isEqualTo(Tokens.of(folded, "میخواهم"));
	}

	@Test
	void ukrainianFormsMeetInTheirLemma() {
		Analyzer ukrainian = Analysis.forLanguage("ukrainian", List.of());
		assertThat(Tokens.of(ukrainian, "мови")).isEqualTo(Tokens.of(ukrainian, "мова"));
		assertThat(Tokens.of(ukrainian, "лікарем")).isEqualTo(Tokens.of(ukrainian, "лікар"));
	}

	@Test
	void kurmanjiLettersFoldAndSuffixesGo() {
		Analyzer kurmanji = Analysis.forLanguage("kurmanji", List.of());
		assertThat(Tokens.of(kurmanji, "zimanê")).isEqualTo(Tokens.of(kurmanji, "ziman"));
		assertThat(Tokens.of(kurmanji, "Şêwirmendî")).isEqualTo(Tokens.of(kurmanji, "sewirmendi"));
	}

	@Test
	void turkishLowerCasingStaysInTheTurkishField() {
		Analyzer turkish = Analysis.forLanguage("turkish", List.of());
		assertThat(Tokens.of(turkish, "IŞIK")).containsExactly("ışık");
		assertThat(Tokens.of(Analysis.forLanguage("english", List.of()), "INFO")).containsExactly("info");
		assertThat(Tokens.of(german, "INTEGRATION")).allMatch(t -> !t.contains("ı"));
	}

}

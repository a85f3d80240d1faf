package de.wesermarsch.wegweiser.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryLanguageTest {

	@Test
	void lettersOnlyOneLanguageUsesDecide() {
		assertThat(QueryLanguage.candidates("ڕاوێژکاری")).containsExactly("ckb");
		assertThat(QueryLanguage.candidates("مشاوره پزشک")).containsExactly("fa", "ckb");
		assertThat(QueryLanguage.candidates("دورة لغة")).containsExactly("ar");
		assertThat(QueryLanguage.candidates("курси мови")).containsExactly("ru", "uk");
		assertThat(QueryLanguage.candidates("вагітність і лікар")).containsExactly("uk");
		assertThat(QueryLanguage.candidates("языковые курсы")).containsExactly("ru");
		assertThat(QueryLanguage.candidates("kadın doğum")).containsExactly("tr");
		assertThat(QueryLanguage.candidates("şêwirmendî")).containsExactly("kmr");
		assertThat(QueryLanguage.candidates("Ärztin")).containsExactly("de");
	}

}

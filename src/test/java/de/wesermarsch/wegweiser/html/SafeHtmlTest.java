package de.wesermarsch.wegweiser.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the allow-list keeps of HTML from elsewhere, and what a page shows of it. */
class SafeHtmlTest {

	static final String ATTACK = "<p style=\"x\" onmouseover=\"steal()\">Hallo <a href=\"javascript:steal()\">a</a>"
			+ " <a href=\"https://www.example.org/\">b</a></p><script>steal()</script><form><input></form>"
			+ "<svg onload=\"steal()\"></svg><iframe src=\"https://t.example\"></iframe><ol start=\"3\"><li>drei</li></ol>";

	@Test
	void aPageShowsOnlyTheAllowListWithLinksMarkedExternalEvenWhenTheStoredHtmlWasNotCleaned() {
		assertThat(SafeHtml.isSafe(ATTACK)).isFalse();
		String shown = SafeHtml.forPage(ATTACK);
		assertThat(shown).doesNotContain("script", "style", "onmouseover", "javascript", "form", "input", "svg", "iframe")
			.contains("<a href=\"https://www.example.org/\" rel=\"external noopener noreferrer\">b</a>", "<ol start=\"3\">");
	}

	@Test
	void cleanHtmlIsSafeAndItsTextBecomesParagraphs() {
		String clean = SafeHtml.clean(ATTACK, "https://admin.integreat-app.de/x/");
		assertThat(SafeHtml.isSafe(clean)).isTrue();
		assertThat(SafeHtml.plainText("<h2>Kontakt</h2><p>Amt<br>0441 1234</p><ul><li>eins</li><li>zwei</li></ul>"))
			.isEqualTo("Kontakt\n\nAmt\n0441 1234\n\neins\n\nzwei");
	}

}

package de.wesermarsch.wegweiser.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Ask box as people meet it, with the real content: on a phone a typed question gets the answer first, marked
 * in its entry, which is one tap away; at the kiosk the question is typed on the on-screen keyboard; and without
 * JavaScript the form and the answer page work alike.
 */
class AskInBrowserTest extends BrowserTest {

	static Browser browser;

	@BeforeAll
	static void open() {
		browser = Browser.shared(412, 915);
	}

	@Test
	void onAPhoneTheAnswerComesFirstMarkedInItsEntryOneTapAway() {
		browser.phone(360, 740);
		browser.get(url("/de/"));
		browser.driver.findElement(By.id("q")).sendKeys("Wo finde ich eine Hebamme?");
		browser.driver.findElement(By.cssSelector("form.search button.ask")).click();
		waitFor(browser, d -> d.getCurrentUrl().contains("/de/answer?q="));
		browser.screenshot("ask-phone-de");
		List<WebElement> sections = browser.driver.findElements(By.cssSelector("main section"));
		assertThat(sections).isNotEmpty();
		WebElement first = sections.get(0);
		assertThat(first.getDomAttribute("class")).isEqualTo("answer");
		WebElement answer = first.findElement(By.cssSelector("blockquote.answer-text"));
		assertThat(answer.getText()).contains("Hebamme");
		assertThat(answer.getLocation().getY()).as("the answer's top on the first screen").isLessThan(740);
		WebElement inEntry = first.findElement(By.cssSelector("details.answer-context"));
		inEntry.findElement(By.tagName("summary")).click();
		List<String> marked = inEntry.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
		String firstSentence = answer.findElements(By.tagName("p")).get(0).getText();
		assertThat(marked).as("the answer's sentences marked in the entry").contains(firstSentence);
		first.findElement(By.cssSelector("a.button")).click();
		waitFor(browser, d -> d.getCurrentUrl().contains("/de/entries/"));
		assertThat(URI.create(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/de/entries/schwangerschaft-hebamme");
	}

	@Test
	void atTheKioskAQuestionTypedOnTheKeyboardIsAnsweredInTheReadersLanguage() {
		browser.resize(1080, 1920);
		browser.get(url("/kiosk"));
		browser.driver.findElement(By.linkText("العربية")).click();
		waitFor(browser, d -> !d.findElements(By.cssSelector("#keyboard .key")).isEmpty());
		for (String letter : "أين أجد قابلة".split("")) {
			if (letter.equals(" ")) {
				browser.driver.findElement(By.cssSelector("#keyboard .key.space")).click();
			}
			else {
				browser.driver.findElements(By.cssSelector("#keyboard .key")).stream()
					.filter(k -> k.getText().equals(letter)).findFirst()
					.orElseThrow(() -> new AssertionError("no key '" + letter + "'")).click();
			}
		}
		assertThat(browser.driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("أين أجد قابلة");
		browser.driver.findElement(By.cssSelector("form.search button.ask")).click();
		waitFor(browser, d -> d.getCurrentUrl().contains("/kiosk/ar/answer?q="));
		browser.screenshot("ask-kiosk-ar");
		WebElement first = browser.driver.findElements(By.cssSelector("main section")).get(0);
		assertThat(first.getDomAttribute("class")).isEqualTo("answer");
		WebElement answer = first.findElement(By.cssSelector("blockquote.answer-text"));
		assertThat(answer.getDomAttribute("lang")).isEqualTo("ar");
		assertThat(answer.getDomAttribute("dir")).isEqualTo("rtl");
		assertThat(answer.getText()).contains("قابلة");
		assertThat(first.findElement(By.cssSelector("a.button")).getDomAttribute("href"))
			.startsWith("/kiosk/ar/entries/schwangerschaft-hebamme");
	}

	@Test
	void withoutJavaScriptTheAskFormAndTheAnswerPageWork() {
		try (Browser plain = Browser.open(false)) {
			plain.get(url("/en/"));
			plain.driver.findElement(By.id("q")).sendKeys("Where can I find a midwife?");
			plain.driver.findElement(By.cssSelector("form.search button.ask")).click();
			waitFor(plain, d -> d.getCurrentUrl().contains("/en/answer?q="));
			WebElement first = plain.driver.findElements(By.cssSelector("main section")).get(0);
			assertThat(first.getDomAttribute("class")).isEqualTo("answer");
			assertThat(first.findElement(By.cssSelector("blockquote.answer-text")).getText()).contains("midwife");
			first.findElement(By.cssSelector("a.button")).click();
			waitFor(plain, d -> d.getCurrentUrl().contains("/en/entries/schwangerschaft-hebamme"));
		}
	}

}

package de.wesermarsch.wegweiser.content;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * A summary for a text that has none: the first sentence of its body, found with ICU's sentence rules of the
 * text's language (so "z. B." or an Arabic question mark do not fool it), without markup, and at most
 * {@value #MAX} characters, cut at a word.
 */
final class Summaries {

	static final int MAX = 240;

	private Summaries() {
	}

	static String firstSentence(String body, String lang) {
		String plain = body.replaceAll("<[^>]*>", " ").replaceAll("[#*_`>]+", " ").replaceAll("\\s+", " ").strip();
		BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(lang));
		sentences.setText(plain);
		int end = sentences.next();
		String first = (end == BreakIterator.DONE ? plain : plain.substring(0, end)).strip();
		if (first.length() <= MAX) {
			return first;
		}
		int cut = first.lastIndexOf(' ', MAX - 1);
		return first.substring(0, cut > 0 ? cut : MAX - 1) + "…";
	}

}

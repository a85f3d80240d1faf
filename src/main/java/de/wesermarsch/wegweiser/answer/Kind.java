package de.wesermarsch.wegweiser.answer;

import java.util.regex.Pattern;

/**
 * What a question asks for, read from its question words, and how a sentence that gives it looks. A question
 * "Wo …?" wants a place, and a sentence with a street and a house number gives one, in whatever language the
 * page is written: the shapes here are the language-independent part (digits, currency, addresses, e-mail),
 * the words of each language ({@code answer.cue.<kind>}, {@code answer.mark.<kind>}) live in the message
 * bundles, so a new language brings its own.
 */
enum Kind {

	/** Where: an address, a room, a street with its number, a postcode. */
	PLACE("place", Pattern.compile("\\b\\d{5}\\b|\\b\\p{L}+(str\\.|straße|strasse|weg|platz|allee|gasse|ring|damm)\\s*\\d|\\b(Raum|Zimmer|Haus|Room)\\s+\\d", Pattern.CASE_INSENSITIVE)),

	/** When: a time of day, a date, a span of hours. */
	TIME("time", Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s?(Uhr|h|am|pm)\\b|\\b\\d{1,2}\\.\\s?\\d{1,2}\\.|\\b(19|20)\\d{2}\\b", Pattern.CASE_INSENSITIVE)),

	/** How much: an amount of money. */
	COST("cost", Pattern.compile("€|\\bEUR\\b|\\bEuro\\b|\\d+,\\d{2}\\b|\\d+,-", Pattern.CASE_INSENSITIVE)),

	/** Who, whom to ask, how to reach them: e-mail, web, phone. */
	CONTACT("contact", Pattern.compile("@|\\bwww\\.|https?://|\\+?\\d[\\d /()-]{6,}\\d")),

	/** What one needs or must bring: documents, conditions, usually a list. */
	NEEDS("needs", null),

	/** Which ones, what kinds: a list. */
	KINDS("kinds", null),

	/** A question to say yes or no to ("Ist …", "Gibt es …"): one sentence says it. */
	YES_NO("yesno", null),

	/** Anything else. */
	OTHER("other", null);

	private final String key;

	private final Pattern shape;

	Kind(String key, Pattern shape) {
		this.key = key;
		this.shape = shape;
	}

	/** The suffix of this kind's message keys. */
	String key() {
		return key;
	}

	/** Whether one sentence, not a section, answers a question of this kind ("Gibt es …?", "Was kostet …?"). */
	boolean focused() {
		return this == YES_NO || this == COST || this == TIME;
	}

	/** Whether a sentence has the shape of what this kind asks for (words aside). */
	boolean shaped(String sentence) {
		return shape != null && shape.matcher(sentence).find();
	}

}

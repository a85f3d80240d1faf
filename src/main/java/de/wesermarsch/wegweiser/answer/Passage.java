package de.wesermarsch.wegweiser.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * An entry's text cut into the sentences an answer is made of, each with its line and its role in the page's
 * structure. Lines are the text's own line breaks (a paragraph of prose is one line and is cut into sentences by
 * ICU's sentence rules for its language); the roles are read from the lines themselves, because imported pages
 * and content files carry no markup: a short line without end punctuation is a heading, unless it follows a line
 * that leads into a list ("Sie brauchen:"), then it is an item of that list.
 */
record Passage(List<Sentence> sentences) {

	/** A line's role. */
	enum Role {
		HEADING, LEAD_IN, ITEM, PROSE
	}

	/**
	 * One sentence: its text, the line it stands on (0 is the title), its line's role, and its block: the lines
	 * between two empty lines (a paragraph of the content's own texts, which an answer does not run past).
	 */
	record Sentence(String text, int line, Role role, int block) {
	}

	private static final Pattern END = Pattern.compile("[.!?;,…)\"“”»]\\s*$");

	private static final Pattern BULLET = Pattern.compile("^\\s*([-–•*·▪]|\\d{1,2}[.)])\\s+");

	/** Headings and list items are short; a longer line without a full stop is prose that lost it. */
	private static final int SHORT_WORDS = 8;

	Passage {
		sentences = List.copyOf(sentences);
	}

	/** The body's lines after the title (line 0), each cut into sentences in the text's language. */
	static Passage of(String title, String body, String lang) {
		List<Sentence> sentences = new ArrayList<>();
		sentences.add(new Sentence(title.strip(), 0, Role.HEADING, 0));
		BreakIterator breaks = BreakIterator.getSentenceInstance(new ULocale(lang));
		Role previous = Role.HEADING;
		int block = 1;
		String[] lines = body.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				previous = Role.HEADING;
				block += i > 0 && !lines[i - 1].isBlank() ? 1 : 0;
				continue;
			}
			Role role = role(line, previous);
			for (String sentence : split(line, breaks)) {
				sentences.add(new Sentence(sentence, i + 1, role, block));
			}
			previous = role;
		}
		return new Passage(sentences);
	}

	private static Role role(String line, Role previous) {
		if (line.endsWith(":")) {
			return Role.LEAD_IN;
		}
		if (BULLET.matcher(line).find()) {
			return Role.ITEM;
		}
		boolean isShort = line.split("\\s+").length <= SHORT_WORDS && !END.matcher(line).find();
		if (!isShort) {
			return Role.PROSE;
		}
		return previous == Role.LEAD_IN || previous == Role.ITEM ? Role.ITEM : Role.HEADING;
	}

	private static List<String> split(String line, BreakIterator breaks) {
		List<String> parts = new ArrayList<>();
		breaks.setText(line);
		for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
			String part = line.substring(start, end).strip();
			if (!part.isEmpty()) {
				parts.add(part);
			}
		}
		return parts;
	}

	/** The number of lines, the title's included. */
	int lines() {
		return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).line() + 1;
	}

}

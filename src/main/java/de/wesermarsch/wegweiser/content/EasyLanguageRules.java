package de.wesermarsch.wegweiser.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Measurable rules of Leichte Sprache for easy-German texts: at most {@value #MAX_WORDS} words a sentence, no
 * abbreviations, no passive voice. Each breach is a finding with the sentence it is in; the rules are
 * heuristics (a participle after a form of "werden"), tuned to miss little and to be read by an editor.
 */
public final class EasyLanguageRules {

	public static final int MAX_WORDS = 15;

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:])\\s+|\\n+");

	private static final Pattern ABBREVIATION = Pattern.compile(
			"(?<![\\p{L}])(z\\.\\s?B\\.|bzw\\.|usw\\.|ca\\.|o\\.\\s?ä\\.|e\\.\\s?V\\.|d\\.\\s?h\\.|u\\.\\s?a\\.|evtl\\.|ggf\\.|etc\\.|Nr\\.|inkl\\.|sog\\.|vgl\\.|bspw\\.|z\\.\\s?T\\.)");

	private static final Pattern WERDEN = Pattern.compile("\\b(wird|werden|wurde|wurden|worden)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PARTICIPLE = Pattern.compile("\\b(ge\\p{L}{2,}(t|en)|\\p{L}+iert)\\b");

	/** A breach of a rule: which rule, and the sentence. */
	public record Finding(String rule, String sentence) {
	}

	private EasyLanguageRules() {
	}

	public static List<Finding> check(String text) {
		List<Finding> findings = new ArrayList<>();
		if (text == null) {
			return findings;
		}
		for (String sentence : SENTENCE_END.split(text.strip())) {
			String s = sentence.strip();
			if (s.isEmpty()) {
				continue;
			}
			int words = s.split("\\s+").length;
			if (words > MAX_WORDS) {
				findings.add(new Finding("sentence of " + words + " words", s));
			}
			var abbreviation = ABBREVIATION.matcher(s);
			if (abbreviation.find()) {
				findings.add(new Finding("abbreviation '" + abbreviation.group() + "'", s));
			}
			if (WERDEN.matcher(s).find() && PARTICIPLE.matcher(s).find()) {
				findings.add(new Finding("passive voice", s));
			}
		}
		return findings;
	}

}

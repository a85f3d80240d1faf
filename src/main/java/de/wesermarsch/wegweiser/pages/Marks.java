package de.wesermarsch.wegweiser.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.wesermarsch.wegweiser.answer.Answer;

/** An entry's paragraphs cut into parts, those parts that are sentences of an answer marked, for {@code <mark>}. */
final class Marks {

	private Marks() {
	}

	static List<Map<String, Object>> paragraphs(String body, List<Answer.Sentence> sentences) {
		List<Map<String, Object>> paragraphs = new ArrayList<>();
		for (String paragraph : EntryPage.paragraphs(body)) {
			paragraphs.add(Map.of("parts", parts(paragraph, sentences)));
		}
		return paragraphs;
	}

	private static List<Map<String, Object>> parts(String paragraph, List<Answer.Sentence> sentences) {
		List<Map<String, Object>> parts = new ArrayList<>();
		int at = 0;
		while (at < paragraph.length()) {
			int next = -1;
			String found = null;
			for (Answer.Sentence s : sentences) {
				int i = paragraph.indexOf(s.text(), at);
				if (i >= 0 && (next < 0 || i < next)) {
					next = i;
					found = s.text();
				}
			}
			if (found == null) {
				parts.add(Map.of("text", paragraph.substring(at), "mark", false));
				break;
			}
			if (next > at) {
				parts.add(Map.of("text", paragraph.substring(at, next), "mark", false));
			}
			parts.add(Map.of("text", found, "mark", true));
			at = next + found.length();
		}
		return parts;
	}

}

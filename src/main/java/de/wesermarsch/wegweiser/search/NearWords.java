package de.wesermarsch.wegweiser.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of one field, grouped by their first letter, and the ones nearest to a word the field lacks: the
 * same rules as Lucene's {@code DirectSpellChecker} (first letter kept, adjacent letters swapped count as one edit,
 * similarity {@code 1 - edits / shorter length} at least {@value #ACCURACY}, more frequent words first), but words
 * one edit away are preferred to all words two edits away. The vocabulary of a few hundred entries is small enough
 * to compare a word with every word of its first letter, which costs a fraction of building edit-distance automata.
 */
final class NearWords {

	static final int MIN_LENGTH = 4;

	static final int MAX_EDITS = 2;

	static final float ACCURACY = 0.5f;

	private static final Comparator<Near> BEST_FIRST = Comparator.comparingDouble((Near n) -> -n.similarity())
		.thenComparingInt(n -> -n.word().docFreq())
		.thenComparing(n -> n.word().text());

	record Word(String text, int[] letters, int docFreq) {
	}

	private record Near(Word word, int edits, float similarity) {
	}

	private final Map<Integer, List<Word>> byFirstLetter = new HashMap<>();

	NearWords(IndexReader reader, String field) {
		try {
			Terms terms = MultiTerms.getTerms(reader, field);
			if (terms == null) {
				return;
			}
			TermsEnum each = terms.iterator();
			for (BytesRef term = each.next(); term != null; term = each.next()) {
				String text = term.utf8ToString();
				int[] letters = text.codePoints().toArray();
				byFirstLetter.computeIfAbsent(letters[0], l -> new ArrayList<>())
					.add(new Word(text, letters, each.docFreq()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Up to {@code max} words of the field nearest to this one, best first; none for a short word. */
	List<String> nearest(String word, int max) {
		int[] letters = word.codePoints().toArray();
		if (letters.length < MIN_LENGTH) {
			return List.of();
		}
		List<Near> found = new ArrayList<>();
		int fewestEdits = MAX_EDITS;
		for (Word candidate : byFirstLetter.getOrDefault(letters[0], List.of())) {
			int edits = distance(letters, candidate.letters(), fewestEdits);
			float similarity = 1f - (float) edits / Math.min(letters.length, candidate.letters().length);
			if (edits > 0 && edits <= fewestEdits && similarity >= ACCURACY) {
				if (edits < fewestEdits) {
					found.clear();
					fewestEdits = edits;
				}
				found.add(new Near(candidate, edits, similarity));
			}
		}
		return found.stream().sorted(BEST_FIRST).limit(max).map(n -> n.word().text()).toList();
	}

	/**
	 * The optimal string alignment distance (Levenshtein with adjacent transpositions) between two words, or
	 * {@code max + 1} as soon as it must exceed {@code max}.
	 */
	static int distance(int[] a, int[] b, int max) {
		if (Math.abs(a.length - b.length) > max) {
			return max + 1;
		}
		int[] beforeLast = new int[b.length + 1];
		int[] last = new int[b.length + 1];
		int[] row = new int[b.length + 1];
		for (int j = 0; j <= b.length; j++) {
			last[j] = j;
		}
		for (int i = 1; i <= a.length; i++) {
			row[0] = i;
			int smallest = i;
			for (int j = 1; j <= b.length; j++) {
				int cost = a[i - 1] == b[j - 1] ? 0 : 1;
				int value = Math.min(Math.min(last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);
				if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
					value = Math.min(value, beforeLast[j - 2] + 1);
				}
				row[j] = value;
				smallest = Math.min(smallest, value);
			}
			if (smallest > max) {
				return max + 1;
			}
			int[] recycled = beforeLast;
			beforeLast = last;
			last = row;
			row = recycled;
		}
		return Math.min(last[b.length], max + 1);
	}

}

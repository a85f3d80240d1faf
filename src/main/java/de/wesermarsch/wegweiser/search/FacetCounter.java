package de.wesermarsch.wegweiser.search;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.lucene.search.ScoreDoc;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.EntryType;

/**
 * Counts the matches of a search per type, topic and place. Each document's values are numbered once per
 * snapshot, so counting is adding in arrays; the counts come out in the order of the content's vocabularies. An
 * entry for the whole county counts for every place.
 */
final class FacetCounter {

	private final Facet type;

	private final Facet topic;

	private final Facet place;

	FacetCounter(Content content, Entry[] entryOfDoc) {
		this.type = new Facet("type", Arrays.stream(EntryType.values()).map(EntryType::id).toList(), entryOfDoc, e -> List.of(e.type().id()));
		this.topic = new Facet("topic", content.topics().keySet(), entryOfDoc, Entry::topics);
		List<String> everywhere = List.copyOf(content.places().keySet());
		this.place = new Facet("place", everywhere, entryOfDoc, e -> e.countyWide() ? everywhere : e.places());
	}

	Map<String, Map<String, Long>> count(List<ScoreDoc> matches) {
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (Facet facet : List.of(type, topic, place)) {
			facets.put(facet.name, facet.count(matches));
		}
		return facets;
	}

	/** One facet: its values, and the numbers of the values of each document. */
	private static final class Facet {

		private final String name;

		private final String[] values;

		private final int[][] valuesOfDoc;

		Facet(String name, Collection<String> values, Entry[] entryOfDoc,
				Function<Entry, List<String>> valuesOf) {
			this.name = name;
			this.values = values.toArray(String[]::new);
			List<String> numbered = List.of(this.values);
			this.valuesOfDoc = new int[entryOfDoc.length][];
			for (int doc = 0; doc < entryOfDoc.length; doc++) {
				List<Integer> numbers = new ArrayList<>();
				for (String value : valuesOf.apply(entryOfDoc[doc])) {
					int number = numbered.indexOf(value);
					if (number >= 0) {
						numbers.add(number);
					}
				}
				valuesOfDoc[doc] = numbers.stream().mapToInt(Integer::intValue).toArray();
			}
		}

		Map<String, Long> count(List<ScoreDoc> matches) {
			long[] counts = new long[values.length];
			for (ScoreDoc match : matches) {
				for (int value : valuesOfDoc[match.doc]) {
					counts[value]++;
				}
			}
			return new Counts(values, counts);
		}

	}

	/**
	 * The values counted at least once and their counts, in the vocabulary's order, as a read-only map of two
	 * arrays: results are cached by the thousand, and a hash map would weigh several times as much.
	 */
	private static final class Counts extends AbstractMap<String, Long> {

		private final String[] names;

		private final long[] counts;

		Counts(String[] vocabulary, long[] countOfValue) {
			int present = (int) Arrays.stream(countOfValue).filter(c -> c > 0).count();
			this.names = new String[present];
			this.counts = new long[present];
			for (int value = 0, i = 0; value < vocabulary.length; value++) {
				if (countOfValue[value] > 0) {
					names[i] = vocabulary[value];
					counts[i++] = countOfValue[value];
				}
			}
		}

		@Override
		public Set<Map.Entry<String, Long>> entrySet() {
			return new AbstractSet<>() {
				@Override
				public Iterator<Map.Entry<String, Long>> iterator() {
					return IntStream.range(0, names.length)
						.mapToObj(i -> Map.entry(names[i], counts[i]))
						.iterator();
				}

				@Override
				public int size() {
					return names.length;
				}
			};
		}

	}

}

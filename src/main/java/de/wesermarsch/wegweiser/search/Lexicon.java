package de.wesermarsch.wegweiser.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Bilingual dictionaries for translating the words of a question, read from FreeDict's dict files where they are
 * installed (Debian's {@code dict-freedict-*} packages put {@code freedict-<from>-<to>.index} and {@code .dict.dz}
 * into {@code /usr/share/dictd}; {@code wegweiser.lexicon.dir} names another folder). Optional data: without the
 * files every lookup is empty and the search works as before. Languages are named by their ISO 639-3 codes, as
 * FreeDict names them ({@code ara}, {@code eng}, {@code deu}). Only a headword's first translations are kept (a
 * dictionary lists the common senses first), and of a target dictionary only the headwords some source needs.
 */
public final class Lexicon {

	/** The translations of a headword that are kept: more are rarer senses, and noise for a search. */
	static final int SENSES = 4;

	private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\[[^]]*]|\\([^)]*\\)|\\{|}|\"|\\b\\d+\\.\\s");

	private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	private static volatile Lexicon installed;

	private final Path directory;

	/** "from-to" -> lower-case headword -> translations, best first. */
	private final Map<String, Map<String, List<String>>> pairs = new HashMap<>();

	Lexicon(Path directory) {
		this.directory = directory;
	}

	/** The dictionaries installed on this machine (read once); empty where there are none. */
	public static Lexicon installed() {
		Lexicon current = installed;
		if (current == null) {
			synchronized (Lexicon.class) {
				current = installed;
				if (current == null) {
					current = new Lexicon(Path.of(System.getProperty("wegweiser.lexicon.dir", "/usr/share/dictd")));
					installed = current;
				}
			}
		}
		return current;
	}

	/** The ISO 639-3 code of a language code of the content ("ar" -> "ara"). */
	static String iso3(String code) {
		try {
			return Locale.forLanguageTag(code).getISO3Language();
		}
		catch (java.util.MissingResourceException e) {
			return code;
		}
	}

	/** Whether a dictionary from one language into another is installed. */
	public boolean has(String from, String to) {
		return Files.isReadable(index(from, to)) && Files.isReadable(dict(from, to));
	}

	/** The translations of a (lower-case) headword, best first; empty when the dictionary or the word is absent. */
	List<String> translate(String from, String to, String word) {
		return pair(from, to, null).getOrDefault(word, List.of());
	}

	/** The dictionary of a pair, read in full or, for a target of chained lookups, only for the headwords wanted. */
	synchronized Map<String, List<String>> pair(String from, String to, Predicate<String> wanted) {
		Map<String, List<String>> pair = pairs.get(from + "-" + to);
		if (pair == null) {
			pair = has(from, to) ? readOrNothing(from, to, wanted == null ? w -> true : wanted) : Map.of();
			pairs.put(from + "-" + to, pair);
		}
		return pair;
	}

	/** A dictionary that cannot be read is left out (one line in the log), as if it were not installed. */
	private Map<String, List<String>> readOrNothing(String from, String to, Predicate<String> wanted) {
		try {
			return read(from, to, wanted);
		}
		catch (RuntimeException e) {
			org.slf4j.LoggerFactory.getLogger(Lexicon.class)
				.warn("dictionary freedict-{}-{} left out: it cannot be read ({})", from, to, e.getClass().getSimpleName());
			return Map.of();
		}
	}

	private Map<String, List<String>> read(String from, String to, Predicate<String> wanted) {
		record Place(String word, long offset, int length) {
		}
		List<Place> places = new ArrayList<>();
		try (BufferedReader index = Files.newBufferedReader(index(from, to), StandardCharsets.UTF_8)) {
			for (String line = index.readLine(); line != null; line = index.readLine()) {
				String[] f = line.split("\t");
				if (f.length == 3 && !f[0].startsWith("00database")) {
					String word = f[0].toLowerCase(Locale.ROOT);
					if (wanted.test(word)) {
						places.add(new Place(word, number(f[1]), (int) number(f[2])));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		places.sort(Comparator.comparingLong(Place::offset));
		Map<String, List<String>> pair = new HashMap<>();
		try (InputStream in = new GZIPInputStream(Files.newInputStream(dict(from, to)), 1 << 16)) {
			long at = 0;
			for (Place p : places) {
				if (p.offset() < at) {
					continue; // a second headword of an entry already read (an abbreviation, a spelling)
				}
				in.skipNBytes(p.offset() - at);
				String entry = new String(in.readNBytes(p.length()), StandardCharsets.UTF_8);
				at = p.offset() + p.length();
				Collection<String> senses = pair.computeIfAbsent(p.word(), w -> new ArrayList<>());
				for (String sense : senses(entry)) {
					if (senses.size() < SENSES && !senses.contains(sense)) {
						senses.add(sense);
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		pair.replaceAll((w, s) -> List.copyOf(s));
		return pair;
	}

	/** The translations of one entry: its lines after the headword that are not indented notes, split at commas. */
	static List<String> senses(String entry) {
		Set<String> senses = new LinkedHashSet<>();
		String[] lines = entry.split("\n");
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].isEmpty() || Character.isWhitespace(lines[i].charAt(0)) && !lines[i].startsWith(" [")) {
				continue;
			}
			for (String part : MARKUP.matcher(lines[i]).replaceAll(" ").split("[,;]")) {
				String sense = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
				if (!sense.isEmpty() && sense.split(" ").length <= 3) {
					senses.add(sense);
				}
			}
		}
		return List.copyOf(senses);
	}

	private static long number(String base64) {
		long n = 0;
		for (char c : base64.toCharArray()) {
			n = n * 64 + BASE64.indexOf(c);
		}
		return n;
	}

	private Path index(String from, String to) {
		return directory.resolve("freedict-" + from + "-" + to + ".index");
	}

	private Path dict(String from, String to) {
		return directory.resolve("freedict-" + from + "-" + to + ".dict.dz");
	}

}

package de.wesermarsch.wegweiser.integreat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.wesermarsch.wegweiser.content.ContentException;

/**
 * Imports an Integreat region's guide from the command line:
 * <pre>
 * import-integreat SOURCE_DIR TARGET_DIR [--i18n DIR] [--name NAME] [--region NAME]
 * </pre>
 * {@code SOURCE_DIR/<lang>/pages.json} as Integreat's pages API gives them; TARGET_DIR becomes a content directory
 * the service serves ({@code --wegweiser.content-directory=TARGET_DIR}). Exit code 0 when imported, 1 when the
 * input or the result is refused (each problem printed as a sentence, TARGET_DIR untouched), 2 for a call that is
 * not of this form.
 */
public final class IntegreatCommand {

	static final String NAME = "import-integreat";

	static final String USAGE = "usage: import-integreat SOURCE_DIR TARGET_DIR [--i18n DIR] [--name NAME] [--region NAME]";

	private final PrintStream out;

	private final PrintStream err;

	private final Clock clock;

	IntegreatCommand(PrintStream out, PrintStream err, Clock clock) {
		this.out = out;
		this.err = err;
		this.clock = clock;
	}

	/** Whether the arguments name this command. */
	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals(NAME);
	}

	public static int run(String[] args) {
		return new IntegreatCommand(System.out, System.err, Clock.systemDefaultZone()).execute(args);
	}

	int execute(String[] args) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(USAGE);
			return 2;
		}
		try {
			Import.Report report = new Import(options.source(), options.target(), options.i18n(), options.name(),
					options.region(), LocalDate.now(clock)).run();
			report.lines().forEach(out::println);
			return 0;
		}
		catch (IntegreatException e) {
			err.println("Refused; " + options.target() + " is unchanged:");
			e.problems().forEach(p -> err.println("  " + p));
			return 1;
		}
		catch (ContentException e) {
			err.println("The imported guide does not load, so " + options.target() + " is unchanged:");
			e.problems().stream().limit(50).forEach(p -> err.println("  " + p));
			if (e.problems().size() > 50) {
				err.println("  ... and " + (e.problems().size() - 50) + " more.");
			}
			return 1;
		}
		catch (IOException | java.io.UncheckedIOException e) {
			err.println("Cannot read or write (" + e.getMessage() + "); " + options.target() + " is unchanged.");
			return 1;
		}
	}

	/** The parsed command line. */
	record Options(Path source, Path target, Path i18n, String name, String region) {

		static Options parse(String[] args) {
			List<String> positional = new ArrayList<>();
			Path i18n = Path.of("i18n");
			String name = null;
			String region = null;
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--i18n" -> i18n = Path.of(value(args, ++i));
					case "--name" -> name = value(args, ++i);
					case "--region" -> region = value(args, ++i);
					default -> {
						if (args[i].startsWith("--")) {
							throw new IllegalArgumentException("Unknown option " + args[i] + ".");
						}
						positional.add(args[i]);
					}
				}
			}
			if (positional.size() != 2) {
				throw new IllegalArgumentException(NAME + " takes a source and a target directory.");
			}
			return new Options(Path.of(positional.get(0)), Path.of(positional.get(1)), i18n, name, region);
		}

		private static String value(String[] args, int i) {
			if (i >= args.length) {
				throw new IllegalArgumentException(args[i - 1] + " needs a value.");
			}
			return args[i];
		}

	}

}

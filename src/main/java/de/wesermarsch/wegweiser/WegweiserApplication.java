package de.wesermarsch.wegweiser;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import de.wesermarsch.wegweiser.integreat.IntegreatCommand;
import de.wesermarsch.wegweiser.xliff.XliffCommand;

/** Wegweiser Wesermarsch: the county's multilingual guide to counselling offers, networks and measures. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WegweiserApplication {

	/** Runs the service; with the argument {@code report}, prints the content report instead and exits. */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("report")) {
			System.exit(ReportCommand.run(args));
		}
		if (XliffCommand.handles(args)) {
			System.exit(XliffCommand.run(args));
		}
		if (IntegreatCommand.handles(args)) {
			System.exit(IntegreatCommand.run(args));
		}
		oneEventLoopPerCore();
		SpringApplication.run(WegweiserApplication.class, args);
	}

	/**
	 * Reactor Netty runs at least four event loops, even on two cores. Handlers here never block (uncached searches
	 * run on their own threads, {@code ask/SearchWorkers}), so loops beyond the cores only take turns on them: with one loop a core, the p99 of
	 * uncached search at 64 connections fell from 17 to 15 ms and that of a static answer from 12 to 8 ms. A value
	 * set from outside ({@code -Dreactor.netty.ioWorkerCount}) wins.
	 */
	private static void oneEventLoopPerCore() {
		if (System.getProperty("reactor.netty.ioWorkerCount") == null) {
			System.setProperty("reactor.netty.ioWorkerCount",
					String.valueOf(Runtime.getRuntime().availableProcessors()));
		}
	}

}

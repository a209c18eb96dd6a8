package com.clearmark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code clearmark patents}: the patent register and listings checked against its claims. */
@Command(
    name = "patents",
    mixinStandardHelpOptions = true,
    description = "Builds a patent register and checks listings against its claims.",
    subcommands = {
      PatentsImportCommand.class,
      PatentsCheckCommand.class,
      PatentsChartCommand.class,
      CommandLine.HelpCommand.class
    })
final class PatentsCommand {}

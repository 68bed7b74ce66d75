import ArgumentParser
import FolioFormats
import Foundation

/// A command or option on the command line that folio does not have, told with the one it
/// most likely means: `folio bild` is asked whether it means `build`, and `folio build
/// --format json` is told that `--format` is an option of `folio check`.
///
/// The argument parser's own message names neither a mistyped command nor the command an
/// option belongs to, and suggests options by a rule of its own (`--port` for build gets
/// `--jobs`); this uses the same suggestions as every other message of folio.
struct UsageMistake {
    /// The whole message, in the argument parser's form: the error, the usage, where help is.
    let message: String

    /// One command as the argument parser describes it (`--experimental-dump-help`).
    private struct CommandInfo: Decodable {
        struct Argument: Decodable {
            struct Name: Decodable {
                var kind: String
                var name: String
            }
            var kind: String
            var names: [Name]?
        }
        var arguments: [Argument]?
    }

    private struct ToolInfo: Decodable {
        var command: CommandInfo
    }

    /// The mistake in `arguments` (without the program's name), or `nil` when the command
    /// and every option are folio's, so that the argument parser's message stands.
    init?(_ arguments: [String]) {
        var command: any ParsableCommand.Type = FolioCommand.self
        var path = ["folio"]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" { return nil }
            if argument.hasPrefix("--") || (argument.hasPrefix("-") && argument.count == 2) {
                let written = String(argument.split(separator: "=", maxSplits: 1)[0])
                let options = Self.options(of: command)
                if let kind = options[written] {
                    if kind == "option", !argument.contains("=") { index += 1 }
                    continue
                }
                message = Self.unknownOption(written, of: command, path: path, known: options)
                return
            }
            guard !argument.hasPrefix("-") else { return nil }
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { continue }
            if let next = subcommands.first(where: { $0._commandName == argument }) {
                command = next
                path.append(argument)
                continue
            }
            if argument == "help" { return nil }
            let names = subcommands.map { $0._commandName } + ["help"]
            let hint =
                Suggestions(among: names).didYouMean(argument)
                ?? "the commands are \(names.dropLast().joined(separator: ", ")) and help"
            message = Self.usage(
                "'\(argument)' is not a command of \(path.joined(separator: " ")); \(hint)",
                command, path)
            return
        }
        return nil
    }

    /// The message for an option `command` does not have.
    private static func unknownOption(
        _ written: String, of command: any ParsableCommand.Type, path: [String],
        known: [String: String]
    ) -> String {
        let name = path.joined(separator: " ")
        // Names are compared without their dashes, which every long option shares.
        let longNames = known.keys.filter { $0.hasPrefix("--") }.map { String($0.dropFirst(2)) }
        let close = Suggestions(among: longNames.sorted()).closest(
            to: String(written.drop { $0 == "-" }))
        if let hint = Suggestions.didYouMean(close.map { "--" + $0 }) {
            return usage("unknown option '\(written)' of \(name); \(hint)", command, path)
        }
        let others = commands(FolioCommand.self, path: ["folio"]).filter {
            $0.path != path && options(of: $0.type)[written] != nil
        }
        if !others.isEmpty {
            let list = others.map { "'\($0.path.joined(separator: " "))'" }
            let owners =
                list.count == 1
                ? list[0] : list.dropLast().joined(separator: ", ") + " and " + list[list.count - 1]
            return usage(
                "\(name) has no option '\(written)'; it is an option of \(owners)", command, path)
        }
        return usage(
            "unknown option '\(written)' of \(name); '\(name) --help' lists its options", command,
            path)
    }

    /// `text` as the argument parser writes an error, with the command's usage after it.
    private static func usage(
        _ text: String, _ command: any ParsableCommand.Type, _ path: [String]
    ) -> String {
        "Error: \(text)\nUsage: \(FolioCommand.usageString(for: command))\n"
            + "  See '\(path.joined(separator: " ")) --help' for more information.\n"
    }

    /// Every option of `command` as written on the command line (`--output`, `-h`), with its
    /// kind: `option` takes a value, `flag` does not.
    private static func options(of command: any ParsableCommand.Type) -> [String: String] {
        guard
            let info = try? JSONDecoder().decode(
                ToolInfo.self, from: Data(command._dumpHelp().utf8))
        else { return [:] }
        var options: [String: String] = [:]
        for argument in info.command.arguments ?? [] where argument.kind != "positional" {
            for name in argument.names ?? [] {
                let prefix = name.kind == "long" ? "--" : "-"
                options[prefix + name.name] = argument.kind
            }
        }
        return options
    }

    /// `command` and every command below it, each with its path from `folio`.
    private static func commands(_ command: any ParsableCommand.Type, path: [String])
        -> [(type: any ParsableCommand.Type, path: [String])]
    {
        [(command, path)]
            + command.configuration.subcommands.flatMap {
                commands($0, path: path + [$0._commandName])
            }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Multicast.HelpCompiler.Maml
{
    /// <summary>
    /// Writes commands as the MAML PlatyPS 0.14 writes (MamlRenderer.MamlModelToString): the same elements in the
    /// same order, the same attributes and texts, serialized as PlatyPS on Windows does (2-space indent, CRLF).
    /// </summary>
    internal static class MamlWriter
    {
        private static readonly XNamespace Msh = "http://msh";
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
        private static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

        public static string Write(IEnumerable<CommandHelp> commands)
        {
            var document = new XDocument(
                new XDeclaration("1.0", "utf-8", null),
                new XElement(Msh + "helpItems", new XAttribute("schema", "maml"), commands.Select(CommandElement)));

            var settings = new XmlWriterSettings
            {
                Encoding = new UTF8Encoding(false),
                Indent = true,
                IndentChars = "  ",
                NewLineChars = "\r\n",
                NamespaceHandling = NamespaceHandling.OmitDuplicates,
            };
            using var stream = new MemoryStream();
            using (XmlWriter writer = XmlWriter.Create(stream, settings))
            {
                document.Save(writer);
            }

            // PlatyPS then runs RenderCleaner.NormalizeWhitespaces over the whole XML text.
            return TextCleanup.NormalizeWhitespaces(Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static XElement CommandElement(CommandHelp command)
        {
            // The verb is the text before the first '-', the noun the rest.
            string verb = command.Name.Split('-')[0];
            string noun = command.Name.Substring(Math.Min(verb.Length + 1, command.Name.Length));

            return new XElement(Command + "command",
                new XAttribute(XNamespace.Xmlns + "maml", Maml),
                new XAttribute(XNamespace.Xmlns + "command", Command),
                new XAttribute(XNamespace.Xmlns + "dev", Dev),
                new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp),
                new XElement(Command + "details",
                    new XElement(Command + "name", command.Name),
                    new XElement(Command + "verb", verb),
                    new XElement(Command + "noun", noun),
                    Description(command.Synopsis)),
                Description(command.Description),
                new XElement(Command + "syntax", command.Syntax.Select(item => SyntaxItem(item, command.Name))),
                new XElement(Command + "parameters", command.Parameters.Select(p => Parameter(p, inSyntax: false))),
                new XElement(Command + "inputTypes", command.Inputs.Select(t => TypeEntry(Command + "inputType", t))),
                new XElement(Command + "returnValues", command.Outputs.Select(t => TypeEntry(Command + "returnValue", t))),
                // Always written, with no title; absent NOTES give an empty alert.
                new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(command.Notes))),
                new XElement(Command + "examples", command.Examples.Select(Example)),
                new XElement(Command + "relatedLinks", command.Links.Select(Link)));
        }

        private static XElement Description(string? text) => new XElement(Maml + "description", Paras(text));

        private static IEnumerable<XElement> Paras(string? text) =>
            Markdown.ParagraphText.Paras(text).Select(para => new XElement(Maml + "para", para));

        private static XElement SyntaxItem(SyntaxItem item, string commandName) =>
            new XElement(Command + "syntaxItem",
                new XElement(Maml + "name", commandName),
                item.Parameters.Select(p => Parameter(p, inSyntax: true)));

        // MamlRenderer.CreateParameter: the syntax copy also lists the accepted values, and leaves out a switch's
        // parameterValue.
        private static XElement Parameter(ParameterHelp parameter, bool inSyntax)
        {
            string type = parameter.Type == null ? string.Empty : parameter.IsSwitch ? "SwitchParameter" : parameter.Type;

            // The renderer's own switch test also knows the full name, which IsSwitch does not: such a parameter gets
            // required="true" on its value, but no value in syntax and a default of False.
            bool rendersAsSwitch = type == "SwitchParameter" || type == "System.Management.Automation.SwitchParameter";

            return new XElement(Command + "parameter",
                new XAttribute("required", parameter.Required),
                new XAttribute("variableLength", true),
                new XAttribute("globbing", parameter.Globbing),
                new XAttribute("pipelineInput", parameter.PipelineInput),
                new XAttribute("position", parameter.Position.ToLowerInvariant()),
                new XAttribute("aliases", parameter.Aliases.Length > 0 ? string.Join(", ", parameter.Aliases) : "none"),
                new XElement(Maml + "name", parameter.Name),
                Description(parameter.Description),
                inSyntax && parameter.AcceptedValues.Count > 0
                    ? new XElement(Command + "parameterValueGroup", parameter.AcceptedValues.Select(value =>
                        new XElement(Command + "parameterValue",
                            new XAttribute("required", "false"),
                            new XAttribute(Command + "variableLength", "false"),
                            value)))
                    : null,
                !inSyntax || !rendersAsSwitch
                    ? new XElement(Command + "parameterValue",
                        new XAttribute("required", parameter.ValueRequired),
                        new XAttribute("variableLength", false),
                        type)
                    : null,
                new XElement(Dev + "type",
                    new XElement(Maml + "name", type),
                    new XElement(Maml + "uri")),
                new XElement(Dev + "defaultValue",
                    rendersAsSwitch && (string.IsNullOrEmpty(parameter.DefaultValue) || parameter.DefaultValue == "None")
                        ? "False"
                        : parameter.DefaultValue ?? "None"));
        }

        // Inputs and outputs: the type name has no uri.
        private static XElement TypeEntry(XName name, TypeHelp entry) =>
            new XElement(name,
                new XElement(Dev + "type", new XElement(Maml + "name", entry.TypeName)),
                Description(entry.Description));

        private static XElement Example(ExampleHelp example) =>
            new XElement(Command + "example",
                new XElement(Maml + "title", PadTitle(example.Title)),
                new XElement(Dev + "code", string.Join("\r\n\r\n", example.Code)),
                new XElement(Dev + "remarks", Paras(example.Remarks)));

        // MamlRenderer.PadExampleTitle: dashes on both sides up to 63 or 64 characters, unless the title is blank or
        // already 62 characters or longer.
        internal static string PadTitle(string title)
        {
            if (string.IsNullOrWhiteSpace(title) || title.Length >= 62)
            {
                return title;
            }

            string dashes = new string('-', (64 - title.Length - 2) / 2);
            return dashes + " " + title + " " + dashes;
        }

        // MamlRenderer.CreateLink: the uri only if it parses as an absolute URI (so "Other-Command.md" gives none).
        private static XElement Link(LinkHelp link) =>
            new XElement(Maml + "navigationLink",
                new XElement(Maml + "linkText", link.Text),
                new XElement(Maml + "uri", Uri.TryCreate(link.Uri, UriKind.Absolute, out _) ? link.Uri : string.Empty));
    }
}

using System;
using System.Collections.Generic;
using Multicast.HelpCompiler.Markdown;

namespace Multicast.HelpCompiler.Maml
{
    /// <summary>
    /// Reads a cmdlet page's nodes into commands with PlatyPS 0.14's schema 2.0.0 grammar
    /// (ModelTransformerBase and ModelTransformerVersion2): the same sections, the same content rules, the same
    /// errors at the same places. It stops at the first of those, as PlatyPS does (an exception). Our own checks,
    /// for pages PlatyPS accepts but writes wrong, are collected as the reading goes on.
    /// </summary>
    internal sealed class CommandPageReader
    {
        private const string DefaultSetSuffix = " (Default)";

        // ModelTransformerVersion2.IsKnownKey (case-insensitive).
        private static readonly string[] KnownKeys =
        {
            "Type", "Parameter Sets", "Aliases", "Accepted values", "Required", "Position", "Default value",
            "Accept pipeline input", "Accept wildcard characters", "Applicable",
        };

        private readonly IReadOnlyList<MarkdownNode> nodes;
        private readonly ParameterSets parameterSets = new ParameterSets();
        private readonly List<HelpSchemaException> ourErrors;
        private int next;

        private CommandPageReader(IReadOnlyList<MarkdownNode> nodes, List<HelpSchemaException> ourErrors)
        {
            this.nodes = nodes;
            this.ourErrors = ourErrors;
        }

        /// <summary>The commands of one page: one per level-1 heading.</summary>
        /// <param name="nodes">The page.</param>
        /// <param name="ourErrors">Gets what our own checks find (see "Our addition" below).</param>
        /// <exception cref="HelpSchemaException">The page breaks PlatyPS's grammar.</exception>
        public static List<(CommandHelp Command, HeadingNode Heading)> Read(IReadOnlyList<MarkdownNode> nodes, List<HelpSchemaException> ourErrors)
        {
            var reader = new CommandPageReader(nodes, ourErrors);
            var commands = new List<(CommandHelp, HeadingNode)>();
            MarkdownNode? node;
            while ((node = reader.Next()) != null)
            {
                // Anything before the first heading is ignored (ModelTransformerBase.NodeModelToMamlModel).
                if (node is HeadingNode heading)
                {
                    if (heading.Level != 1)
                    {
                        throw new HelpSchemaException(heading, "Booo, I don't know what is the heading level " + heading.Level);
                    }

                    var command = new CommandHelp(heading.Text);
                    while (reader.Section(command))
                    {
                    }

                    commands.Add((command, heading));
                }
            }

            return commands;
        }

        private MarkdownNode? Next() => next < nodes.Count ? nodes[next++] : null;

        // PlatyPS's UngetNode: the node just read is read again next time.
        private void PutBack() => next--;

        // PlatyPS 0.14 GetHeadingWithExpectedLevel: the heading sought; null (put back) at a higher-level heading or
        // at the end; "Expect Heading" at a paragraph or code block; "Expect Heading level N" at a deeper heading.
        private HeadingNode? Heading(MarkdownNode? node, int level)
        {
            if (node == null)
            {
                return null;
            }

            if (!(node is HeadingNode heading))
            {
                // A paragraph's error points at its first span, as PlatyPS's GetExtent does.
                throw node is ParagraphNode paragraph
                    ? new HelpSchemaException(paragraph.Spans[0], "Expect Heading")
                    : new HelpSchemaException(node, "Expect Heading");
            }

            if (heading.Level < level)
            {
                PutBack();
                return null;
            }

            if (heading.Level != level)
            {
                throw new HelpSchemaException(heading, "Expect Heading level " + level);
            }

            return heading;
        }

        // SectionDispatch: one "##" section; false at the end of the command.
        private bool Section(CommandHelp command)
        {
            HeadingNode? heading = Heading(Next(), 2);
            if (heading == null)
            {
                return false;
            }

            switch (heading.Text.ToUpperInvariant())
            {
                case "DESCRIPTION":
                    command.Description = SimpleText();
                    break;
                case "SYNOPSIS":
                    command.Synopsis = SimpleText();
                    break;
                case "SYNTAX":
                    Syntax(command, heading);
                    break;
                case "EXAMPLES":
                    Examples(command);
                    break;
                case "PARAMETERS":
                    Parameters(command);
                    break;
                case "INPUTS":
                    TypeEntries(command.Inputs);
                    break;
                case "OUTPUTS":
                    TypeEntries(command.Outputs);
                    break;
                case "NOTES":
                    command.Notes = SimpleText();
                    break;
                case "RELATED LINKS":
                    RelatedLinks(command);
                    break;
                default:
                    throw new HelpSchemaException(heading, "Unexpected header name " + heading.Text);
            }

            return true;
        }

        // ParagraphNodeRule: one paragraph node, or null (put back) at a code block or heading.
        private ParagraphNode? Paragraph()
        {
            MarkdownNode? node = Next();
            if (node != null && !(node is ParagraphNode))
            {
                PutBack();
            }

            return node as ParagraphNode;
        }

        // CodeBlockRule: one code block, or null (put back) at a paragraph or heading.
        private CodeBlockNode? CodeBlock()
        {
            MarkdownNode? node = Next();
            if (node != null && !(node is CodeBlockNode))
            {
                PutBack();
            }

            return node as CodeBlockNode;
        }

        // SimpleTextSectionRule: at most one paragraph node; "" when there is none. A code block is put back, and
        // the next section heading is then expected where it stands: "Expect Heading".
        private static string Text(ParagraphNode? paragraph)
        {
            if (paragraph == null)
            {
                return string.Empty;
            }

            // PlatyPS 0.14 GetTextFromParagraphSpans casts a lone span to TextSpan to check its parser mode, and
            // throws a NullReferenceException when that span is a link or a hard break (a paragraph that is only
            // "[text](uri)", or only a line of spaces before a heading). We reject it with a message instead.
            if (paragraph.Spans.Count == 1 && !(paragraph.Spans[0] is TextSpan))
            {
                throw new HelpSchemaException(paragraph, paragraph.Spans[0] is LinkSpan
                    ? "A paragraph that is only a link: PlatyPS 0.14 fails on it (NullReferenceException). Add words around the link."
                    : "A paragraph that is only a hard break (a line of spaces): PlatyPS 0.14 fails on it (NullReferenceException). Remove the spaces.");
            }

            return ParagraphText.Join(paragraph.Spans);
        }

        private string SimpleText() => Text(Paragraph());

        // ParagraphOrCodeBlockNodeRule(exclude): paragraphs and code blocks, in any order, until a heading or a code
        // block tagged `exclude` (case-insensitive), joined with a blank line.
        private string ParagraphsAndCode(string exclude)
        {
            var parts = new List<string>();
            MarkdownNode? node;
            while ((node = Next()) != null)
            {
                if (node is ParagraphNode paragraph)
                {
                    parts.Add(Text(paragraph));
                }
                else if (node is CodeBlockNode code && !string.Equals(code.Language, exclude, StringComparison.OrdinalIgnoreCase))
                {
                    parts.Add(code.Text);
                }
                else
                {
                    PutBack();
                    break;
                }
            }

            return string.Join("\r\n\r\n", parts);
        }

        // SyntaxRule / SyntaxEntryRule: bare code blocks, or "### Set" headings each with an optional code block.
        // The code is never read; only entries marked default (a bare block, or " (Default)") are kept.
        private void Syntax(CommandHelp command, HeadingNode syntaxHeading)
        {
            while (true)
            {
                MarkdownNode? node = Next();
                if (node == null)
                {
                    // PlatyPS 0.14 reads node.NodeType here without a null check.
                    throw new HelpSchemaException(syntaxHeading, "SYNTAX is the last section of the page: PlatyPS 0.14 fails on it (NullReferenceException). Put another section after it.");
                }

                bool isDefault;
                if (node is CodeBlockNode)
                {
                    isDefault = true;
                }
                else
                {
                    HeadingNode? setHeading = Heading(node, 3);
                    if (setHeading == null)
                    {
                        return;
                    }

                    isDefault = setHeading.Text.EndsWith(DefaultSetSuffix, StringComparison.Ordinal);
                    CodeBlock();
                }

                if (isDefault)
                {
                    // Our addition (not PlatyPS): PlatyPS writes two default entries, or one in a SYNTAX section
                    // after PARAMETERS, as extra syntax items holding only the command name; refuse both.
                    if (command.Syntax.Exists(s => s.FromSyntaxSection))
                    {
                        ourErrors.Add(new HelpSchemaException(node, "Two default SYNTAX entries (bare code blocks or \"### Set (Default)\"): PlatyPS 0.14 would write an empty syntax item for each. Mark one set as default."));
                    }
                    else if (command.Syntax.Count > 0)
                    {
                        ourErrors.Add(new HelpSchemaException(node, "A default SYNTAX entry after PARAMETERS: PlatyPS 0.14 would write it as an empty syntax item. Put SYNTAX before PARAMETERS."));
                    }

                    command.Syntax.Add(new SyntaxItem { FromSyntaxSection = true });
                }
            }
        }

        // ExamplesRule / ExampleRule: "### Title", one paragraph (the introduction, never written), any number of
        // consecutive code blocks, one paragraph (the remarks).
        private void Examples(CommandHelp command)
        {
            HeadingNode? heading;
            while ((heading = Heading(Next(), 3)) != null)
            {
                SimpleText();
                var code = new List<string>();
                CodeBlockNode? block;
                while ((block = CodeBlock()) != null)
                {
                    code.Add(block.Text);
                }

                command.Examples.Add(new ExampleHelp(heading.Text, code, SimpleText()));
            }
        }

        // ParametersRule: every "### -Name", then the syntax rebuilt from their yaml.
        private void Parameters(CommandHelp command)
        {
            while (Parameter(command))
            {
            }

            parameterSets.BuildSyntax(command);
        }

        // ParameterRule: "### -Name" (or "### Name"), a description of paragraphs and non-yaml code blocks, then any
        // number of code blocks, each read as the parameter's yaml, whatever its language.
        private bool Parameter(CommandHelp command)
        {
            HeadingNode? heading = Heading(Next(), 3);
            if (heading == null)
            {
                return false;
            }

            string name = heading.Text.StartsWith("-", StringComparison.Ordinal) ? heading.Text.Substring(1) : heading.Text;
            var parameter = new ParameterHelp(name, ParagraphsAndCode("yaml"));

            // Their text is ignored; Get-Help adds its own.
            if (string.Equals(name, "CommonParameters", StringComparison.OrdinalIgnoreCase) ||
                string.Equals(name, "WorkflowCommonParameters", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var sets = new Dictionary<string, ParameterHelp>(StringComparer.OrdinalIgnoreCase);
            ParameterHelp? first = null;
            parameter.ValueRequired = true;
            CodeBlockNode? yaml;
            while ((yaml = CodeBlock()) != null)
            {
                Dictionary<string, string?> pairs = Yaml(yaml);
                Fill(parameter, pairs);
                parameter.ValueRequired = !parameter.IsSwitch;
                first ??= parameter;

                if (pairs.TryGetValue("Parameter Sets", out string? setList))
                {
                    // An empty "Parameter Sets:" puts the parameter in no set at all.
                    foreach (string setName in SplitList(setList))
                    {
                        if (setName.Length > 0)
                        {
                            sets[setName] = parameter;
                        }
                    }
                }
                else
                {
                    sets[ParameterSets.All] = parameter;
                }

                // A further yaml block describes the parameter in more sets: it fills a copy. Only the first one is
                // written under PARAMETERS; every copy appears in its sets' syntax.
                parameter = parameter.Clone();
            }

            if (first == null)
            {
                // Our addition (not PlatyPS): PlatyPS writes such a parameter with no type, and in no syntax item.
                ourErrors.Add(new HelpSchemaException(heading, $"Parameter {name} has no yaml block: PlatyPS 0.14 would write it with no type and leave it out of every syntax. Add its ```yaml block."));
                command.Parameters.Add(parameter);
                return true;
            }

            command.Parameters.Add(first);
            parameterSets.Add(sets);
            return true;
        }

        // ModelTransformerVersion2.ParseYamlKeyValuePairs: "key: value" lines, and only the known keys.
        private static Dictionary<string, string?> Yaml(CodeBlockNode yaml)
        {
            Dictionary<string, string?> pairs;
            try
            {
                pairs = FrontMatter.ParsePairs(yaml.Text);
            }
            catch (FormatException)
            {
                throw new HelpSchemaException(yaml, FrontMatter.InvalidYaml);
            }

            foreach (string key in pairs.Keys)
            {
                if (Array.FindIndex(KnownKeys, k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) < 0)
                {
                    throw new HelpSchemaException(yaml, "Invalid yaml: unknown key " + key);
                }
            }

            return pairs;
        }

        // FillUpParameterFromKeyValuePairs: an empty value counts as absent, and each absent key resets its default.
        private static void Fill(ParameterHelp parameter, Dictionary<string, string?> pairs)
        {
            string? Value(string key) => pairs.TryGetValue(key, out string? value) ? value : null;

            parameter.Type = Value("Type");
            parameter.Aliases = SplitList(Value("Aliases"));
            parameter.AcceptedValues.AddRange(SplitList(Value("Accepted values")));
            parameter.Required = string.Equals(Value("Required"), "true", StringComparison.OrdinalIgnoreCase);
            parameter.Position = Value("Position") ?? "named";
            parameter.DefaultValue = Value("Default value");
            parameter.PipelineInput = Value("Accept pipeline input") ?? "false";
            parameter.Globbing = string.Equals(Value("Accept wildcard characters"), "true", StringComparison.OrdinalIgnoreCase);

            // "Applicable" only matters with New-ExternalHelp -ApplicableTag, which the build never passes.
        }

        private static string[] SplitList(string? list) =>
            list == null ? Array.Empty<string>() : Array.ConvertAll(list.Split(','), s => s.Trim());

        // InputOutputRule: "### TypeName" entries, each with at most one paragraph node.
        private void TypeEntries(List<TypeHelp> entries)
        {
            HeadingNode? heading;
            while ((heading = Heading(Next(), 3)) != null)
            {
                entries.Add(new TypeHelp(heading.Text, SimpleText()));
            }
        }

        // RelatedLinksRule: at most one paragraph node, made only of links.
        private void RelatedLinks(CommandHelp command)
        {
            ParagraphNode? paragraph = Paragraph();
            if (paragraph == null)
            {
                return;
            }

            foreach (Span span in paragraph.Spans)
            {
                if (!(span is LinkSpan link))
                {
                    throw new HelpSchemaException(span, "Expect hyperlink, but got " + span.Text);
                }

                command.Links.Add(new LinkHelp(link.Text, link.Uri));
            }
        }
    }
}

using System;
using System.Collections.Generic;

namespace Multicast.HelpCompiler.Maml
{
    // The help of one command, as PlatyPS 0.14's MamlCommand holds it between the markdown and the MAML.
    // Text is help text already (ParagraphText): CRLF separates paras. Null means the section was absent.

    internal sealed class CommandHelp
    {
        public CommandHelp(string name)
        {
            Name = name;
        }

        public string Name { get; }

        public string? Synopsis { get; set; }

        public string? Description { get; set; }

        public string? Notes { get; set; }

        public List<SyntaxItem> Syntax { get; } = new List<SyntaxItem>();

        public List<ParameterHelp> Parameters { get; } = new List<ParameterHelp>();

        public List<TypeHelp> Inputs { get; } = new List<TypeHelp>();

        public List<TypeHelp> Outputs { get; } = new List<TypeHelp>();

        public List<ExampleHelp> Examples { get; } = new List<ExampleHelp>();

        public List<LinkHelp> Links { get; } = new List<LinkHelp>();
    }

    internal sealed class SyntaxItem
    {
        /// <summary>
        /// An entry kept from the SYNTAX section (a bare code block, or a "### Set (Default)" heading): it has no
        /// parameters and, unless PARAMETERS removes it, is written as a syntax item holding only the name.
        /// </summary>
        public bool FromSyntaxSection { get; set; }

        public List<ParameterHelp> Parameters { get; } = new List<ParameterHelp>();
    }

    /// <summary>PlatyPS 0.14 MamlParameter, with its defaults.</summary>
    internal sealed class ParameterHelp
    {
        public ParameterHelp(string name, string description)
        {
            Name = name;
            Description = description;
        }

        public string Name { get; }

        public string Description { get; }

        public string? Type { get; set; }

        public string[] Aliases { get; set; } = Array.Empty<string>();

        /// <summary>"Accepted values": shared by the copies a second yaml block makes, as PlatyPS's MemberwiseClone shares it.</summary>
        public List<string> AcceptedValues { get; } = new List<string>();

        public bool Required { get; set; }

        public string Position { get; set; } = "Named";

        public string? DefaultValue { get; set; }

        public string PipelineInput { get; set; } = "false";

        public bool Globbing { get; set; }

        public bool ValueRequired { get; set; }

        /// <summary>PlatyPS 0.14 MamlParameter.IsSwitchParameter: only these two spellings.</summary>
        public bool IsSwitch =>
            string.Equals(Type, "SwitchParameter", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(Type, "switch", StringComparison.OrdinalIgnoreCase);

        public ParameterHelp Clone() => (ParameterHelp)MemberwiseClone();
    }

    internal sealed class TypeHelp
    {
        public TypeHelp(string typeName, string description)
        {
            TypeName = typeName;
            Description = description;
        }

        public string TypeName { get; }

        public string Description { get; }
    }

    internal sealed class ExampleHelp
    {
        public ExampleHelp(string title, IReadOnlyList<string> code, string remarks)
        {
            Title = title;
            Code = code;
            Remarks = remarks;
        }

        public string Title { get; }

        /// <summary>Each code block's text, fences and language dropped.</summary>
        public IReadOnlyList<string> Code { get; }

        /// <summary>The paragraph after the code. (The one before it, PlatyPS's Introduction, is never written.)</summary>
        public string Remarks { get; }
    }

    internal sealed class LinkHelp
    {
        public LinkHelp(string text, string uri)
        {
            Text = text;
            Uri = uri;
        }

        public string Text { get; }

        public string Uri { get; }
    }
}

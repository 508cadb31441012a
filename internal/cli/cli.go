// Package cli holds Pivot's commands, one file each. Commands register
// themselves in init so cmd/pivot stays a thin main.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Env is what a command may touch: its streams and whether stderr is a terminal.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// TTY is true when stderr is a terminal: long work shows progress there.
	TTY bool
}

// Command is one sub-command.
type Command struct {
	Name    string
	Summary string // one line for the command list
	Usage   string // "pivot NAME [flags] ARGS"
	// Flags declares the command's flags on fs and returns the function
	// that runs the command once they are parsed.
	Flags func(fs *flag.FlagSet) Runner
}

// Runner runs a command with its positional arguments.
type Runner func(ctx context.Context, env *Env, args []string) error

var commands = map[string]*Command{}

// Register adds a command; called from init functions.
func Register(c *Command) {
	if _, dup := commands[c.Name]; dup {
		panic("cli: duplicate command " + c.Name)
	}
	commands[c.Name] = c
}

// errUsage marks errors that should be followed by the usage text.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// Usagef reports a wrong invocation: the message, then the command's usage.
func Usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// Main runs the command line and returns the process exit code.
func Main(ctx context.Context, args []string, env *Env) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return runCommand(ctx, c, []string{"--help"}, env)
			}
		}
		printOverview(env.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] == "--version" || args[0] == "version" {
		fmt.Fprintln(env.Stdout, "pivot", Version)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "pivot: unknown command %q; run 'pivot --help' for the list\n", args[0])
		return 2
	}
	return runCommand(ctx, c, args[1:], env)
}

// Version is set at build time with -ldflags "-X …/cli.Version=…".
var Version = "dev"

func runCommand(ctx context.Context, c *Command, args []string, env *Env) int {
	fs := flag.NewFlagSet("pivot "+c.Name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	usage := func(w io.Writer) {
		fs.SetOutput(w)
		fmt.Fprintf(w, "%s\n\nusage: %s\n", c.Summary, c.Usage)
		if hasFlags(fs) {
			fmt.Fprintln(w, "\nflags:")
			fs.PrintDefaults()
		}
	}
	// The flag package prints its own error; usage follows it, on stderr,
	// except for --help, which prints to stdout once.
	fs.Usage = func() {}
	run := c.Flags(fs)
	// Flags may follow positional arguments ("pivot extract file.txt --date 2020"):
	// parse, take one positional, parse the rest again.
	var positional []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage(env.Stdout)
				return 0
			}
			usage(env.Stderr)
			return 2
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		if rest[0] == "--" {
			positional = append(positional, rest[1:]...)
			break
		}
		positional = append(positional, rest[0])
		rest = rest[1:]
	}
	err := run(ctx, env, positional)
	if err == nil {
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(env.Stderr, "pivot %s: %s\nusage: %s\nrun 'pivot %s --help' for details\n", c.Name, ue.msg, c.Usage, c.Name)
		return 2
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintf(env.Stderr, "pivot %s: interrupted\n", c.Name)
		return 130
	}
	fmt.Fprintf(env.Stderr, "pivot %s: %v\n", c.Name, err)
	return 1
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

func printOverview(w io.Writer) {
	fmt.Fprintln(w, "pivot — a geopolitical relations engine: analyst prose and event data in, a temporal knowledge base of state relations out.")
	fmt.Fprintln(w, "\nusage: pivot COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].Summary)
	}
	fmt.Fprintln(w, "\nrun 'pivot COMMAND --help' for a command's flags.")
	fmt.Fprintf(w, "the default knowledge base is %s (override with --db or $PIVOT_DB)\n", DefaultDB())
}

// DefaultDB is the knowledge base used when --db is not given: $PIVOT_DB, or
// pivot.duckdb in the current directory.
func DefaultDB() string {
	if v := os.Getenv("PIVOT_DB"); v != "" {
		return v
	}
	return "pivot.duckdb"
}

// DBFlag declares the shared --db flag.
func DBFlag(fs *flag.FlagSet) *string {
	return fs.String("db", DefaultDB(), "knowledge base: a DuckDB file path, or postgres://… ($PIVOT_DB)")
}

// SplitDyad parses "USA-PAK" into its two upper-case codes.
func SplitDyad(s string) ([2]string, error) {
	a, b, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(s)), "-")
	if !ok || a == "" || b == "" || strings.Contains(b, "-") {
		return [2]string{}, Usagef("--dyad %q: want two actor codes joined by '-', e.g. USA-PAK", s)
	}
	return [2]string{a, b}, nil
}

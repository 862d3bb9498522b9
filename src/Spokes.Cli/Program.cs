namespace Spokes.Cli;

public static class Program
{
    public static int Main(string[] args) => SpokesCli.Run(args, Console.Out, Console.Error);
}

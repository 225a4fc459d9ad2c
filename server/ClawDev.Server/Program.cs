namespace ClawDev.Server;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("clawdev: not yet implemented");
        return 2;
    }
}

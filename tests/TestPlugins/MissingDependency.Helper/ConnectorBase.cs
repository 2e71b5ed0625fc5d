namespace OpenChannels.TestPlugins.MissingDependency.Helper;

/// <summary>A base class from another assembly: loading the connector type needs this assembly.</summary>
public abstract class ConnectorBase
{
    public string Greeting => "hello";
}

// The invitation scenario through the Go client generated from api.yaml. The client module
// is generated at test time: the runner adds `replace onezone-tokens/clients/onezone => DIR`.
module onezone-tokens/clients/go-scenario

go 1.23

require onezone-tokens/clients/onezone v0.0.0
